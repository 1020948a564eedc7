namespace TeamsDialogueBot.Reports.Model;

/// <summary>One agenda item of the report and its parts (the item's own floor, its panels).</summary>
public sealed record ReportItem
{
    public required string Number { get; init; }
    public required string Title { get; init; }

    /// <summary>
    /// Each part has its own speakers' list, polls, Q&amp;A and inputs. An item without panels has one part
    /// whose <see cref="ReportPart.Panel"/> is null.
    /// </summary>
    public IReadOnlyList<ReportPart> Parts { get; init; } = [];
}
