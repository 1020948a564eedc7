using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// Group commit for the hot writes (votes): concurrent writes queue up and are committed together in one
/// transaction on one connection, so a rush of hundreds of votes costs a handful of fsyncs instead of one
/// each — and no writer spins on SQLITE_BUSY. Each write runs under its own savepoint: one failing write
/// is rolled back alone and reported to its caller, the others commit. A caller's task completes only
/// after the commit, so an acknowledged write is durable.
/// </summary>
public sealed class SqliteWriteBatcher : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private readonly SqliteDatabase _database;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public SqliteWriteBatcher(SqliteDatabase database)
    {
        _database = database;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Runs <paramref name="write"/> in the next batch; completes with its result once committed.</summary>
    public Task<int> ExecuteAsync(Func<SqliteCommand, int> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var item = new Write(write, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(item), this);

        return item.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                if (!item.Cancellation.IsCancellationRequested)
                {
                    batch.Add(item);
                }
                else
                {
                    item.Completion.TrySetCanceled(item.Cancellation);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        var results = new int?[batch.Count];
        var errors = new Exception?[batch.Count];
        try
        {
            await using var connection = await _database.OpenAsync(CancellationToken.None);
            using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                transaction.Save(savepoint);
                try
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    results[i] = batch[i].Run(command);
                    transaction.Release(savepoint);
                }
                catch (SqliteException e)
                {
                    transaction.Rollback(savepoint);
                    errors[i] = e;
                }
            }

            transaction.Commit();
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
            if (errors[i] is { } error)
            {
                batch[i].Completion.TrySetException(error);
            }
            else
            {
                batch[i].Completion.TrySetResult(results[i]!.Value);
            }
        }
    }

    private sealed class Write(Func<SqliteCommand, int> run, CancellationToken cancellation)
    {
        public Func<SqliteCommand, int> Run { get; } = run;
        public CancellationToken Cancellation { get; } = cancellation;
        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
