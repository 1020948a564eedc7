using System.Globalization;
using System.Threading.Channels;
using Npgsql;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Group commit for the hot writes (votes, processed-activity records) on PostgreSQL, as SqliteWriteBatcher
/// does for SQLite: writes queued at the same moment share one transaction and one WAL flush. Each write
/// runs under its own savepoint, so one failing write is rolled back and reported alone; a caller's task
/// completes only after the commit.
/// </summary>
public sealed class PostgresWriteBatcher : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private readonly PostgresDatabase _database;
    private readonly Channel<Write> _queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public PostgresWriteBatcher(PostgresDatabase database)
    {
        _database = database;
        _loop = Task.Run(RunAsync);
    }

    public Task<int> ExecuteAsync(Func<NpgsqlCommand, CancellationToken, Task<int>> write, CancellationToken cancellationToken)
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
            await using var connection = await _database.DataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = "w" + i.ToString(CultureInfo.InvariantCulture);
                await transaction.SaveAsync(savepoint);
                try
                {
                    await using var command = new NpgsqlCommand { Connection = connection, Transaction = transaction };
                    results[i] = await batch[i].Run(command, CancellationToken.None);
                    await transaction.ReleaseAsync(savepoint);
                }
                catch (PostgresException e)
                {
                    await transaction.RollbackAsync(savepoint);
                    errors[i] = e;
                }
            }

            await transaction.CommitAsync();
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

    private sealed class Write(Func<NpgsqlCommand, CancellationToken, Task<int>> run, CancellationToken cancellation)
    {
        public Func<NpgsqlCommand, CancellationToken, Task<int>> Run { get; } = run;
        public CancellationToken Cancellation { get; } = cancellation;
        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
