using TeamsDialogueBot.Bot.Localization;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>What the speakers' list card shows besides the list: the item, the clock, and whose client refreshes to the chair view.</summary>
/// <param name="ChairMris">Teams MRIs ("29:…") of the confirmed co-chairs; Teams honours the first 60.</param>
/// <param name="Online">The meeting's online roster line, when Teams reports one (issue 13).</param>
public sealed record QueueCardContext(string ItemHeading, DateTimeOffset Now, IReadOnlyList<string> ChairMris, Meeting.OnlineLine? Online = null)
{
    /// <summary>The card's language: the dialogue's, as the card is shared.</summary>
    public Texts Texts { get; init; } = Texts.English;
}
