using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The `poll.vote` button, the hot path of the product: one upsert per vote, the tally left to the
/// <see cref="PollCardRefresher"/>. Whatever is wrong with a vote is explained to the voter alone and
/// nothing is recorded. Voters are never logged.
/// </summary>
public sealed class PollVoting(IPollStore store, PollCardRefresher refresher, PollSecret secret, TimeProvider time)
{
    public async Task<CardActionResult> VoteAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var conversationId = action.Turn.ConversationId;
        var id = AnswerParser.ReadPollId(action.Data);
        if (!id.IsSuccess)
        {
            return Refuse(action, null, id.Error);
        }

        var poll = refresher.Cached(conversationId, id.Value) ?? await LoadAsync(conversationId, id.Value, cancellationToken);
        if (poll is null)
        {
            return Refuse(action, null, PollError.UnknownPoll(id.Value));
        }

        if (string.IsNullOrWhiteSpace(action.Turn.UserAadObjectId))
        {
            return Refuse(action, poll, new PollError(PollErrorCode.WrongType, "Teams did not say who you are, so your vote can't be counted once; vote from your Teams account."));
        }

        var key = poll.Anonymous ? await secret.GetAsync() : [];
        var voter = VoterKey.For(poll, action.Turn.UserAadObjectId, key);
        var parsed = AnswerParser.Parse(poll, action.Data, voter, time.GetUtcNow());
        if (!parsed.IsSuccess)
        {
            return Refuse(action, poll, parsed.Error);
        }

        if (!await store.UpsertAnswerAsync(conversationId, parsed.Value, cancellationToken))
        {
            // Closed since it was cached (a chair was quicker than this vote): the store said no.
            var fresh = await LoadAsync(conversationId, poll.Id, cancellationToken);
            return Refuse(action, fresh, new PollError(PollErrorCode.PollClosed, $"Poll {poll.Id} is closed; your answer was not recorded."));
        }

        refresher.MarkDirty(action.Turn.Reference, poll.Id);
        return CardActionResult.Show(PollCard.RenderForVoter(poll, refresher.LastTally(conversationId, poll.Id), parsed.Value));
    }

    private async Task<Poll?> LoadAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        var poll = await store.FindAsync(conversationId, id, cancellationToken);
        if (poll is not null)
        {
            refresher.Remember(conversationId, poll);
        }

        return poll;
    }

    // Invokes get a private card; the Action.Submit fallback can't show one, so its refusal is said as text.
    private CardActionResult Refuse(CardActionTurn action, Poll? poll, PollError error) =>
        action.IsInvoke
            ? CardActionResult.Show(PollCard.RenderError(poll, poll is null ? null : refresher.LastTally(action.Turn.ConversationId, poll.Id), error.Message))
            : CardActionResult.BadRequest(error.Code.ToString(), error.Message);
}
