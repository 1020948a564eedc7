using System.Globalization;

namespace TeamsDialogueBot.Bench.Reporting;

/// <summary>The lowest and highest value of one figure over repeated runs; null figures are left out.</summary>
public sealed record ValueRange(double Min, double Max)
{
    public static ValueRange? Of(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is { } x && !double.IsNaN(x)).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : new ValueRange(present.Min(), present.Max());
    }

    public override string ToString() => Min == Max ? N(Min) : N(Min) + "–" + N(Max);

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
