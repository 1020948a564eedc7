namespace TeamsDialogueBot.Bot.Reports;

/// <summary>What a report covers: one agenda item (`report III`), or the whole session so far (`report`).</summary>
/// <param name="ItemIndex">0-based index of the item in the programme; null for the whole session.</param>
public sealed record ReportCoverage(int? ItemIndex)
{
    public static ReportCoverage Session { get; } = new((int?)null);

    public bool IsSession => ItemIndex is null;

    public static ReportCoverage Item(int itemIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(itemIndex);
        return new ReportCoverage(itemIndex);
    }
}
