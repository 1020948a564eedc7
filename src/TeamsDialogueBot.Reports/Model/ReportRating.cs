namespace TeamsDialogueBot.Reports.Model;

/// <summary>A rating scale's results.</summary>
public sealed record ReportRating
{
    public required int Min { get; init; }
    public required int Max { get; init; }
    public string? MinLabel { get; init; }
    public string? MaxLabel { get; init; }

    /// <summary>Null when nobody rated.</summary>
    public double? Average { get; init; }

    /// <summary>Every value of the scale from low to high, including those nobody chose.</summary>
    public IReadOnlyList<ReportRatingCount> Distribution { get; init; } = [];
}
