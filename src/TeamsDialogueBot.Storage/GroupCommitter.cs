using System.Threading.Channels;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// Group commit for the hot writes (votes, processed-activity records): writes queued at the same moment
/// share one transaction and one flush to disk, so a rush of hundreds of votes costs a handful of fsyncs
/// instead of one each. A database-specific subclass runs the batch as one transaction and, only when a write
/// fails, runs it again with each write under its own savepoint, so one failing write is rolled back and
/// reported alone (writes must therefore be safe to run again). A caller's task completes only after the
/// commit, so an acknowledged write is durable.
/// </summary>
/// <typeparam name="TWrite">What one write is for the provider (a callback on a command, or a statement to pipeline).</typeparam>
public abstract class GroupCommitter<TWrite> : IAsyncDisposable
    where TWrite : class
{
    private readonly int _maxBatch;
    private readonly Channel<PendingWrite>[] _lanes;
    private readonly Task[] _loops;

    /// <param name="maxBatch">The most writes one transaction takes.</param>
    /// <param name="writers">
    /// Transactions in flight at once. SQLite has one writer; a server database can execute one batch while the
    /// previous one's commit is being flushed. Each has its own queue (see <see cref="LaneOf"/>).
    /// </param>
    protected GroupCommitter(int maxBatch, int writers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(writers, 1);
        _maxBatch = maxBatch;
        _lanes = [.. Enumerable.Range(0, writers).Select(_ => Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true }))];
        _loops = [.. _lanes.Select(lane => Task.Run(() => RunAsync(lane.Reader)))];
    }

    /// <summary>Runs <paramref name="write"/> in the next batch; completes with its result once committed.</summary>
    public Task<int> ExecuteAsync(TWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var item = new PendingWrite(write, cancellationToken);
        ObjectDisposedException.ThrowIf(!_lanes[LaneOf(write, _lanes.Length)].Writer.TryWrite(item), this);
        return item.Completion.Task;
    }

    /// <summary>Commits what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
        {
            lane.Writer.TryComplete();
        }

        await Task.WhenAll(_loops);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs every write of <paramref name="batch"/> in one transaction and commits. Returns each write's result
    /// or its own database error (the others still committed); throws when the transaction as a whole failed,
    /// which includes a write throwing anything other than a database error.
    /// </summary>
    protected abstract Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(IReadOnlyList<TWrite> batch);

    /// <summary>
    /// Which of the <paramref name="lanes"/> writer loops commits <paramref name="write"/>. A loop commits its batches
    /// one after another, so writes that must apply in the order they arrived have to share a lane: with a queue
    /// shared by all loops a later write could commit in one loop while an earlier one still waits in the other's batch.
    /// </summary>
    protected virtual int LaneOf(TWrite write, int lanes) => 0;

    private async Task RunAsync(ChannelReader<PendingWrite> queue)
    {
        var batch = new List<PendingWrite>(_maxBatch);
        while (await queue.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && queue.TryRead(out var item))
            {
                if (item.Cancellation.IsCancellationRequested)
                {
                    item.Completion.TrySetCanceled(item.Cancellation);
                }
                else
                {
                    batch.Add(item);
                }
            }

            if (batch.Count > 0)
            {
                await CommitBatchAsync(batch);
            }
        }
    }

    private async Task CommitBatchAsync(List<PendingWrite> batch)
    {
        IReadOnlyList<(int? Result, Exception? Error)> outcomes;
        try
        {
            outcomes = await CommitAsync([.. batch.Select(w => w.Run)]);
        }
#pragma warning disable CA1031 // A failed commit fails every caller of the batch; the loop must live on for the next one.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var item in batch)
            {
                item.Completion.TrySetException(e);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (outcomes[i].Error is { } error)
            {
                batch[i].Completion.TrySetException(error);
            }
            else
            {
                batch[i].Completion.TrySetResult(outcomes[i].Result ?? 0);
            }
        }
    }

    private sealed class PendingWrite(TWrite run, CancellationToken cancellation)
    {
        public TWrite Run { get; } = run;
        public CancellationToken Cancellation { get; } = cancellation;
        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
