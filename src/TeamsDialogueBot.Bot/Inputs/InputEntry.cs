namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// A visible input as cards and the report show it, attribution already resolved: hidden and withdrawn inputs never
/// become one, and an anonymous one carries no name, organisation or id of its author.
/// </summary>
public sealed record InputEntry
{
    /// <summary>"i3" for a form input; the poll's id ("p2") for open-text answers.</summary>
    public required string Id { get; init; }
    public required InputSource Source { get; init; }

    /// <summary>0-based agenda item; null for a poll launched before the session started.</summary>
    public int? ItemIndex { get; init; }

    /// <summary>0 for the item's own floor, 1… for one of its panels (polls record no panel: their answers say 0).</summary>
    public int Panel { get; init; }

    /// <summary>Programme-wide guiding question number, or null.</summary>
    public int? GuidingQuestion { get; init; }

    /// <summary>The input's title; for poll answers, the poll's question.</summary>
    public required string Title { get; init; }

    /// <summary>The input's description; for poll answers, the answer.</summary>
    public required string Description { get; init; }

    /// <summary>The link as typed: show it as text, never as a link.</summary>
    public string? Link { get; init; }

    /// <summary>Named and organisation-only inputs' organisation; null for anonymous ones.</summary>
    public string? Organisation { get; init; }

    /// <summary>Named inputs only: the author's Teams name.</summary>
    public string? AuthorName { get; init; }

    /// <summary>"Ana Silva, UNODC" (named), "UNODC" (organisation only), null (anonymous).</summary>
    public string? Attribution { get; init; }

    /// <summary>When it was submitted; for merged poll answers, the first of them.</summary>
    public required DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>How many identical poll answers this stands for; 1 for a form input.</summary>
    public int Count { get; init; } = 1;
}
