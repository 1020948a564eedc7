using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// What the Q&amp;A card shows besides the board: the position's heading, whom questions may be addressed to, whose
/// clients refresh to the chair view, and for one person's own view, their upvotes and what they were just told.
/// </summary>
/// <param name="Panellists">The panel's panellists as the programme names them; empty for an item.</param>
/// <param name="ChairMris">Teams MRIs ("29:…") of the confirmed co-chairs; Teams honours the first 60.</param>
public sealed record QandACardContext(string Heading, IReadOnlyList<string> Panellists, IReadOnlyList<string> ChairMris)
{
    /// <summary>The co-chairs' view: pending and hidden questions, and their buttons.</summary>
    public bool ChairView { get; init; }

    /// <summary>Whose view this is (their upvotes are marked); null for the shared card.</summary>
    public QuestionVoter? Viewer { get; init; }

    /// <summary>A line for the viewer at the top ("Your question is on the card").</summary>
    public string? Notice { get; init; }

    /// <summary>What is wrong with the question the viewer sent from the form; the form shows it with their text kept.</summary>
    public string? FormError { get; init; }

    /// <summary>The card's language: the dialogue's for the shared card, the viewer's own for their view.</summary>
    public Texts Texts { get; init; } = Texts.English;

    /// <summary>For one person's own view: their language (their Teams locale, else the dialogue's).</summary>
    public Texts? ViewerTexts { get; init; }

    public string? FormText { get; init; }
    public string? FormAddressee { get; init; }
    public bool FormAnonymous { get; init; }
}
