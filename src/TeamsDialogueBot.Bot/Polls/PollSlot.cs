using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>A poll's shared card, tallied from the store when it is posted or updated.</summary>
public sealed class PollSlot(IPollStore store, PollTallies tallies, ConversationLanguages languages) : ICardSlot
{
    public string Kind => "poll";

    public async Task<AdaptiveCard?> RenderAsync(string conversationId, string key, CancellationToken cancellationToken)
    {
        if (!PollId.TryParse(key, out var id) || await store.FindAsync(conversationId, id, cancellationToken) is not { } poll)
        {
            return null;
        }

        var tally = PollTally.FromGroups(poll, await store.AnswerGroupsAsync(conversationId, id, cancellationToken));
        tallies.RememberTally(conversationId, poll, tally);
        return PollCard.Render(poll, tally, await languages.SharedAsync(conversationId, cancellationToken));
    }
}
