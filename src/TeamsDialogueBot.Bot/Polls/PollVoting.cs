using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Diagnostics;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The `poll.vote` button, the hot path of the product: one write per vote (the answer and the claim of its
/// activity), the shared card refreshed once per interval however many votes arrive. Whatever is wrong with a vote
/// is explained to the voter alone and nothing is recorded. Voters are never logged.
/// </summary>
public sealed class PollVoting(
    IPollStore store,
    PollTallies tallies,
    PollSecret secret,
    OutboxDispatcher dispatcher,
    IEnumerable<IConversationWatcher> watchers,
    IOptions<PollsOptions> options,
    BotTelemetry telemetry,
    TimeProvider time,
    ConversationLanguages languages)
{
    private readonly IConversationWatcher[] _watchers = [.. watchers];

    public async Task<CardActionResult> VoteAsync(Turn turn, ButtonPress action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(action);
        var conversationId = turn.ConversationId;

        // Everything below is the voter's own view: in their Teams locale (read from nowhere when the bot has it).
        var texts = await languages.PrivateAsync(turn.Activity, conversationId, cancellationToken);
        var id = AnswerParser.ReadPollId(action.Inputs);
        if (!id.IsSuccess)
        {
            return Refuse(conversationId, action, null, id.Error, PollErrorTexts.Explain(id.Error, null, texts), texts);
        }

        var poll = tallies.Cached(conversationId, id.Value) ?? await LoadAsync(conversationId, id.Value, cancellationToken);
        if (poll is null)
        {
            var unknown = PollError.UnknownPoll(id.Value);
            return Refuse(conversationId, action, null, unknown, PollErrorTexts.Explain(unknown, null, texts, id.Value), texts);
        }

        if (string.IsNullOrWhiteSpace(turn.UserAadObjectId))
        {
            var anonymous = new PollError(PollErrorCode.WrongType, "Teams did not say who you are, so your vote can't be counted once; vote from your Teams account.");
            return Refuse(conversationId, action, poll, anonymous, texts["Vote.WhoAreYou"], texts);
        }

        var key = poll.Anonymous ? await secret.GetAsync() : [];
        var voter = VoterKey.For(poll, turn.UserAadObjectId, key);
        var parsed = AnswerParser.Parse(poll, action.Inputs, voter, time.GetUtcNow());
        if (!parsed.IsSuccess)
        {
            return Refuse(conversationId, action, poll, parsed.Error, PollErrorTexts.Explain(parsed.Error, poll, texts), texts);
        }

        var activityId = turn.Activity.Id is { Length: > 0 } given ? given : null;
        switch (await store.UpsertAnswerAsync(conversationId, parsed.Value, activityId, cancellationToken))
        {
            case AnswerWrite.PollClosed:
                telemetry.Vote("closed");
                // Closed since it was cached (a chair was quicker than this vote): the store said no.
                var fresh = await LoadAsync(conversationId, poll.Id, cancellationToken);
                return Refuse(conversationId, action, fresh, Closed(poll.Id), texts.Format("Vote.Closed", poll.Id), texts);
            case AnswerWrite.AlreadyProcessed:
                telemetry.Vote("duplicate");
                // Teams delivered this vote again: nothing changed, and the voter sees what is stored (a later
                // vote of theirs may have replaced this one).
                // One row: duplicates come when the bot is slow, i.e. in a rush, so they must stay cheap.
                if (await store.FindAnswerAsync(conversationId, poll.Id, voter, cancellationToken) is { } stored)
                {
                    return CardActionResult.Show(PollCard.RenderForVoter(poll, tallies.LastTally(conversationId, poll.Id), stored, texts));
                }

                // Nothing stored: the first delivery found the poll closed (its claim commits without an answer),
                // so this copy must not be shown as counted. A private view only: a Submit fallback's first
                // delivery has already said it in the chat.
                var current = await LoadAsync(conversationId, poll.Id, cancellationToken);
                return CardActionResult.Show(PollCard.RenderError(current, current is null ? null : tallies.LastTally(conversationId, poll.Id), texts.Format("Vote.Closed", poll.Id), texts));
            default:
                telemetry.Vote("recorded");
                dispatcher.RefreshSoon(turn.Reference, CardSlots.Poll(poll.Id), options.Value.RefreshInterval);
                foreach (var watcher in _watchers)
                {
                    watcher.Changed(turn.Reference);
                }

                return tallies.VoterView(conversationId, poll, parsed.Value, texts);
        }
    }

    private static PollError Closed(PollId id) => new(PollErrorCode.PollClosed, $"Poll {id} is closed; your answer was not recorded.");

    private async Task<Poll?> LoadAsync(string conversationId, PollId id, CancellationToken cancellationToken)
    {
        var poll = await store.FindAsync(conversationId, id, cancellationToken);
        if (poll is not null)
        {
            tallies.Remember(conversationId, poll);
        }

        return poll;
    }

    // Invokes get a private card; the Action.Submit fallback can't show one, so its refusal is said as text.
    private CardActionResult Refuse(string conversationId, ButtonPress action, Poll? poll, PollError error, string message, Texts texts)
    {
        telemetry.Vote("refused");
        return action.IsInvoke
            ? CardActionResult.Show(PollCard.RenderError(poll, poll is null ? null : tallies.LastTally(conversationId, poll.Id), message, texts))
            : CardActionResult.BadRequest(error.Code.ToString(), message);
    }
}
