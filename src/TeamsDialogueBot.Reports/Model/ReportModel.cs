namespace TeamsDialogueBot.Reports.Model;

/// <summary>
/// Everything a Chair's summary shows, already resolved by the caller: names are display strings the
/// participant agreed to show, and an anonymous question or input carries no name at all, so no writer
/// can leak an identity it was never given.
/// </summary>
public sealed record ReportModel
{
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required DateOnly Date { get; init; }
    public string? Venue { get; init; }

    /// <summary>BCP 47 language of the dialogue ("en", "ar", "zh-Hans"…); Arabic and other right-to-left languages lay the DOCX out right to left.</summary>
    public required string Language { get; init; }

    /// <summary>
    /// Printed beside times, e.g. "CEST". Times are shown at the offset they carry, so the caller passes
    /// them in the venue's time zone.
    /// </summary>
    public string? TimeZoneLabel { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public ReportScope Scope { get; init; } = ReportScope.Session;

    /// <summary>The item's number ("III") when <see cref="Scope"/> is <see cref="ReportScope.Item"/>.</summary>
    public string? ScopeItem { get; init; }
    public IReadOnlyList<ProgrammeItem> Programme { get; init; } = [];

    /// <summary>The items the report covers, in programme order.</summary>
    public IReadOnlyList<ReportItem> Items { get; init; } = [];

    /// <summary>Equal-footing figures over the whole session; null for a one-item report.</summary>
    public EqualFootingFigures? SessionFigures { get; init; }

    /// <summary>
    /// One line saying why there are no transcript excerpts ("no transcript: …"), or null when Teams
    /// transcribed the meeting and the excerpts are on the interventions.
    /// </summary>
    public string? TranscriptStatus { get; init; }
}
