using System.Collections.ObjectModel;

namespace TeamsDialogueBot.Domain.Programme;

/// <summary>
/// The programme's texts in one other language. Keys are the numbers chairs use (item "III",
/// question 3), so a translation can't drift from the structure; poll templates, times and the
/// names of panel members are not translated.
/// </summary>
public sealed record ProgrammeTranslation
{
    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Format { get; init; }
    public string? Venue { get; init; }
    public string? PanelLabel { get; init; }

    /// <summary>By item number as printed ("III").</summary>
    public IReadOnlyDictionary<string, AgendaItemTranslation> Items { get; init; } = ReadOnlyDictionary<string, AgendaItemTranslation>.Empty;

    /// <summary>By the programme-wide guiding question number (q1…q13 in the seed).</summary>
    public IReadOnlyDictionary<int, string> GuidingQuestions { get; init; } = ReadOnlyDictionary<int, string>.Empty;
}
