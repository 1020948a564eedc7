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
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    protected GroupCommitter(int maxBatch)
    {
        _maxBatch = maxBatch;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Runs <paramref name="write"/> in the next batch; completes with its result once committed.</summary>
    public Task<int> ExecuteAsync(TWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var item = new PendingWrite(write, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(item), this);
        return item.Completion.Task;
    }

    /// <summary>Commits what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Runs every write of <paramref name="batch"/> in one transaction and commits. Returns each write's result
    /// or its own database error (the others still committed); throws when the transaction as a whole failed,
    /// which includes a write throwing anything other than a database error.
    /// </summary>
    protected abstract Task<IReadOnlyList<(int? Result, Exception? Error)>> CommitAsync(IReadOnlyList<TWrite> batch);

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item))
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
