using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The `poll.vote` button, the hot path of the product: one write per vote (the answer and the record that
/// its activity was processed), the tally left to the
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

        switch (await WriteAsync(action, conversationId, parsed.Value, cancellationToken))
        {
            case AnswerWrite.PollClosed:
                // Closed since it was cached (a chair was quicker than this vote): the store said no.
                var fresh = await LoadAsync(conversationId, poll.Id, cancellationToken);
                return Refuse(action, fresh, Closed(poll.Id));
            case AnswerWrite.AlreadyProcessed:
                // Teams delivered this vote again: nothing changed, and the voter sees what is stored (a later
                // vote of theirs may have replaced this one).
                // One row: duplicates come when the bot is slow, i.e. in a rush, so they must stay cheap.
                if (await store.FindAnswerAsync(conversationId, poll.Id, voter, cancellationToken) is { } stored)
                {
                    return CardActionResult.Show(PollCard.RenderForVoter(poll, refresher.LastTally(conversationId, poll.Id), stored));
                }

                // Nothing stored: the first delivery found the poll closed (its claim commits without an answer),
                // so this copy must not be shown as counted. A private view only: a Submit fallback's first
                // delivery has already said it in the chat.
                var current = await LoadAsync(conversationId, poll.Id, cancellationToken);
                return CardActionResult.Show(PollCard.RenderError(current, current is null ? null : refresher.LastTally(conversationId, poll.Id), Closed(poll.Id).Message));
            default:
                refresher.MarkDirty(action.Turn.Reference, poll.Id);
                return CardActionResult.Show(PollCard.RenderForVoter(poll, refresher.LastTally(conversationId, poll.Id), parsed.Value));
        }
    }

    // The vote and the record that its activity was processed are one write (DialogueBot leaves both to us).
    private async Task<AnswerWrite> WriteAsync(CardActionTurn action, string conversationId, Answer answer, CancellationToken cancellationToken)
    {
        if (action.Turn.Activity.Id is { Length: > 0 } activityId)
        {
            return await store.UpsertAnswerAsync(conversationId, answer, activityId, cancellationToken);
        }

        return await store.UpsertAnswerAsync(conversationId, answer, cancellationToken) ? AnswerWrite.Recorded : AnswerWrite.PollClosed;
    }

    private static PollError Closed(PollId id) => new(PollErrorCode.PollClosed, $"Poll {id} is closed; your answer was not recorded.");

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
