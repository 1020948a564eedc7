using System.Globalization;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>
/// A column's <c>width</c>: "auto", "stretch", "&lt;n&gt;px", or a relative weight (a JSON number).
/// </summary>
[JsonConverter(typeof(ColumnWidthConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string keyword, int value)
    {
        Keyword = keyword;
        Value = value;
    }

    /// <summary>"auto", "stretch", "px" or "weight".</summary>
    internal string Keyword { get; }

    internal int Value { get; }

    public static ColumnWidth Auto { get; } = new("auto", 0);
    public static ColumnWidth Stretch { get; } = new("stretch", 0);

    public static ColumnWidth Pixels(int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pixels);
        return new ColumnWidth("px", pixels);
    }

    public static ColumnWidth Weight(int weight)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        return new ColumnWidth("weight", weight);
    }

    public override string ToString() => Keyword switch
    {
        "px" => Value.ToString(CultureInfo.InvariantCulture) + "px",
        "weight" => Value.ToString(CultureInfo.InvariantCulture),
        _ => Keyword ?? "auto",
    };
}
