using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// A poll's results card, tallied when it leaves: after a close has committed the store takes no more answers,
/// so a results card posted for a close shows the final tally.
/// </summary>
public sealed class PollResultsSlot(IPollStore store, ConversationLanguages languages) : ICardSlot
{
    public string Kind => "results";

    public static string Of(PollId id) => "results/" + id.Value;

    public async Task<AdaptiveCard?> RenderAsync(string conversationId, string key, CancellationToken cancellationToken)
    {
        if (!PollId.TryParse(key, out var id) || await store.FindAsync(conversationId, id, cancellationToken) is not { } poll)
        {
            return null;
        }

        var tally = PollTally.FromGroups(poll, await store.AnswerGroupsAsync(conversationId, id, cancellationToken));
        return PollResultsCard.Render(poll, tally, await languages.SharedAsync(conversationId, cancellationToken));
    }
}
