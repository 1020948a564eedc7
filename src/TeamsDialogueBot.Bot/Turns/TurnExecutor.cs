using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// Applies each turn exactly once. Turns of one conversation queue in arrival order; whatever has queued is taken
/// as a batch, decided on one read of the conversation (<see cref="IConversationReader"/>), and committed as one
/// transaction together with each turn's activity claim and outbox entries (<see cref="IChangeCommitter"/>). A copy
/// of an activity already claimed gets the first copy's answer and changes nothing; when another instance saved
/// first, the batch is decided again on fresh state. The HTTP answer waits for the commit, never for Teams.
/// </summary>
public sealed partial class TurnExecutor(
    IConversationReader reader,
    IChangeCommitter committer,
    SessionStores stores,
    Programme programme,
    OutboxDispatcher dispatcher,
    IEnumerable<IConversationWatcher> watchers,
    TimeProvider time,
    ILogger<TurnExecutor> logger,
    Localization.DialogueLanguage? languages = null)
{
    private const int MaxBatch = 64;
    private readonly IConversationWatcher[] _watchers = [.. watchers];

    // A conversation is in here while its queue is being drained; the drainer removes it once the queue is empty.
    private readonly Dictionary<string, Queue<PendingTurn>> _queues = new(StringComparer.Ordinal);

    /// <summary>Turns waiting or being applied, across conversations (tests and metrics).</summary>
    public int Pending
    {
        get
        {
            lock (_queues)
            {
                return _queues.Values.Sum(q => q.Count + 1);
            }
        }
    }

    internal Task<InvokeResponse?> RunAsync(PendingTurn turn)
    {
        var conversationId = turn.Turn.ConversationId;
        bool start;
        lock (_queues)
        {
            start = !_queues.TryGetValue(conversationId, out var queue);
            if (start)
            {
                queue = new Queue<PendingTurn>();
                _queues.Add(conversationId, queue);
            }

            queue!.Enqueue(turn);
        }

        if (start)
        {
            _ = Task.Run(() => DrainAsync(conversationId));
        }

        return turn.Completion.Task;
    }

    /// <summary>
    /// Runs a turn that did not come from Teams (a phone on the floor page, issue 18) exactly as a Teams turn: queued and
    /// batched with the conversation's other turns, claimed under its activity id, committed with them. Nobody is a
    /// co-chair in it. What <paramref name="run"/> answers is stored with the claim, so a repeat of the same activity id
    /// (a double submit) gets the first answer and changes nothing.
    /// </summary>
    public Task<InvokeResponse?> RunExternalAsync(Turn turn, Func<TurnContext, CancellationToken, Task<InvokeResponse?>> run)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(run);
        return RunAsync(new PendingTurn(turn, ChairCheck.Never(turn), run));
    }

    private async Task DrainAsync(string conversationId)
    {
        while (true)
        {
            var batch = new List<PendingTurn>();
            lock (_queues)
            {
                var queue = _queues[conversationId];
                while (batch.Count < MaxBatch && queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    _queues.Remove(conversationId);
                    return;
                }
            }

            await ProcessAsync(conversationId, batch);
        }
    }

    private async Task ProcessAsync(string conversationId, List<PendingTurn> batch)
    {
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            BatchOutcome outcome;
            try
            {
                outcome = await TryAsync(conversationId, batch);
            }
#pragma warning disable CA1031 // Storage failing fails these turns (500, Teams retries); the queue must go on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Fail(batch, e);
                return;
            }

            switch (outcome)
            {
                case BatchOutcome.Done:
                    return;
                case BatchOutcome.HandlerFailed failed when batch.Count == 1:
                    Fail(batch, failed.Error);
                    return;
                case BatchOutcome.HandlerFailed:
                    // A bug in one turn must not take the others down: decide each alone, so only it fails.
                    foreach (var turn in batch)
                    {
                        await ProcessAsync(conversationId, [turn]);
                    }

                    return;
                case BatchOutcome.Rejected rejected:
                    if (logger.IsEnabled(LogLevel.Debug))
                    {
                        var (safeId, why) = (LogText.Safe(conversationId), LogText.Safe(rejected.Why));
                        LogRejected(logger, safeId, attempt, why);
                    }

                    if (time.GetElapsedTime(started) >= ConflictRetry.Budget)
                    {
                        Fail(batch, new InvalidOperationException(
                            $"Gave up after {attempt} attempts in {ConflictRetry.Budget.TotalSeconds:0} s: other instances kept changing conversation {conversationId} first."));
                        return;
                    }

                    await Task.Delay(ConflictRetry.Delay(attempt, Random.Shared), time);
                    break;
            }
        }
    }

    private async Task<BatchOutcome> TryAsync(string conversationId, List<PendingTurn> batch)
    {
        var activityIds = batch.Select(t => t.ActivityId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var callers = batch.Select(t => t.Turn.UserKey).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => new ParticipantId(k)).ToList();
        var read = await reader.ReadAsync(conversationId, activityIds, callers, CancellationToken.None);
        var session = new ConversationSession(conversationId, batch[^1].Turn.Reference, read, stores, programme, time.GetUtcNow());
        var answers = new InvokeResponse?[batch.Count];
        var claims = new List<ActivityClaim>();
        var outbox = new List<StagedWrite>();
        var decidedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        var copies = new List<(int Copy, int Original)>();
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch[i].ActivityId;
            if (id is not null && read.Claimed.TryGetValue(id, out var claimed))
            {
                if (logger.IsEnabled(LogLevel.Information))
                {
                    var (type, safeId) = (LogText.Safe(batch[i].Turn.Activity.Type), LogText.Safe(id));
                    LogDuplicate(logger, type, safeId);
                }

                answers[i] = claimed.Response is { } stored ? new InvokeResponse(200, stored) : null;
                continue;
            }

            if (id is not null && decidedBy.TryGetValue(id, out var original))
            {
                copies.Add((i, original));
                continue;
            }

            var context = new TurnContext(batch[i].Turn, session, batch[i].Chair, languages);
            try
            {
                answers[i] = await batch[i].Run(context, CancellationToken.None);
            }
#pragma warning disable CA1031 // Any handler failure is isolated to its turn (see ProcessAsync).
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogHandlerFailed(logger, e, LogText.Safe(batch[i].Turn.Activity.Type), LogText.Safe(id));
                return new BatchOutcome.HandlerFailed(e);
            }

            if (id is not null)
            {
                decidedBy[id] = i;
                claims.Add(new ActivityClaim(id, answers[i]?.Body?.ToArray()));
            }

            outbox.AddRange(context.Outbox.Entries.Select(e => new StagedWrite.Enqueue(e)));
        }

        var changes = new ChangeSet(conversationId, claims, [.. session.Collect(), .. outbox]);
        var committed = await committer.CommitAsync(changes, CancellationToken.None);
        if (committed is not CommitResult.Stored)
        {
            return new BatchOutcome.Rejected(committed.ToString());
        }

        foreach (var (copy, original) in copies)
        {
            answers[copy] = answers[original];
        }

        // Kicked before the turns are answered: whoever holds an answer can rely on the sending having started (tests
        // wait for the dispatcher to be idle right after the answer; answered first, they could find it not yet busy).
        if (outbox.Count > 0)
        {
            dispatcher.Kick(conversationId);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Completion.TrySetResult(answers[i]);
        }

        if (changes.Writes.Count > 0)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Changed(session.Reference);
            }
        }

        return new BatchOutcome.Done();
    }

    private static void Fail(List<PendingTurn> batch, Exception error)
    {
        foreach (var turn in batch)
        {
            turn.Completion.TrySetException(error);
        }
    }

    private abstract record BatchOutcome
    {
        public sealed record Done : BatchOutcome;

        public sealed record Rejected(string Why) : BatchOutcome;

        public sealed record HandlerFailed(Exception Error) : BatchOutcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate {Type} activity {ActivityId} answered without being applied again")]
    private static partial void LogDuplicate(ILogger logger, string? type, string activityId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turns of conversation {ConversationId} decided again (attempt {Attempt}): {Why}")]
    private static partial void LogRejected(ILogger logger, string conversationId, int attempt, string why);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Type} turn failed (activity {ActivityId}); nothing of it was stored")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
