using System.Threading.Channels;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>
/// Another instance's new outbox entries reach the lease holder by LISTEN/NOTIFY: a signal for what committed, none
/// for what was rejected. PostgreSQL delivers notifications in commit order, so a signal that should not exist would
/// arrive before the last one each test waits for.
/// </summary>
public sealed class PostgresOutboxSignalTests
{
    private const string Third = "19:third@thread.v2";
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task Committed_outbox_entries_signal_their_conversation_and_rejected_ones_do_not()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await using var listener = (PostgresTestDatabase)await db.AnotherInstanceAsync();
        await CommitAsync(db, Changes(new StagedWrite.SaveDialogue(Dialogue(), 0)));
        var signals = Channel.CreateUnbounded<string>();
        using var stop = new CancellationTokenSource();
        var listening = listener.Leases.ListenAsync(id => signals.Writer.TryWrite(id), stop.Token);
        await ListeningAsync(db).WaitAsync(TimeSpan.FromSeconds(30));

        var rejected = await db.Committer.CommitAsync(Changes(new StagedWrite.SaveDialogue(Dialogue(), 0), new StagedWrite.Enqueue(Entry("rejected"))), None);
        await CommitAsync(db, Changes(Other, new StagedWrite.SaveDialogue(Dialogue(Other), 0)));
        await CommitAsync(db, Changes(new StagedWrite.Enqueue(Entry("committed"))));
        await db.Outbox.AddAsync(Entry("added", conversation: Third), None);

        Assert.IsType<CommitResult.Conflict>(rejected);
        Assert.Equal([Conversation, Third], await ReadAsync(signals, 2));
        await StopAsync(stop, listening);
    }

    [SkippableFact]
    public async Task A_change_set_rejected_in_the_batch_of_a_committed_one_signals_nothing()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await CommitAsync(db, Changes(Other, new StagedWrite.SaveDialogue(Dialogue(Other), 0)));
        var signals = Channel.CreateUnbounded<string>();
        using var stop = new CancellationTokenSource();
        var listening = db.Leases.ListenAsync(id => signals.Writer.TryWrite(id), stop.Token);
        await ListeningAsync(db).WaitAsync(TimeSpan.FromSeconds(30));

        Task<CommitResult> rejected, committed;
        await using (await db.HoldWriterAsync())
        {
            rejected = db.Committer.CommitAsync(Changes(Other, new StagedWrite.SaveDialogue(Dialogue(Other), 0), new StagedWrite.Enqueue(Entry("rejected", conversation: Other))), None);
            committed = db.Committer.CommitAsync(Changes(new StagedWrite.Enqueue(Entry("committed"))), None);
        }

        Assert.IsType<CommitResult.Conflict>(await rejected);
        Assert.Equal(CommitResult.Committed, await committed);
        await db.Outbox.AddAsync(Entry("last", conversation: Third), None);
        Assert.Equal([Conversation, Third], await ReadAsync(signals, 2));
        await StopAsync(stop, listening);
    }

    [SkippableFact]
    public async Task Listening_ends_with_an_error_when_its_connection_is_cut_so_the_dispatcher_can_listen_again()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        using var stop = new CancellationTokenSource();
        var listening = db.Leases.ListenAsync(_ => { }, stop.Token);
        await ListeningAsync(db).WaitAsync(TimeSpan.FromSeconds(30));

        // What a PostgreSQL restart or failover does to the listening connection.
        await db.LongAsync("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'");

        var ended = await Record.ExceptionAsync(() => listening.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.NotNull(ended);
        Assert.IsNotType<TimeoutException>(ended);
        Assert.False(stop.IsCancellationRequested);
    }

    private static async Task CommitAsync(TestDatabase db, ChangeSet changes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(changes, None));

    // LISTEN runs on a connection of its own, and what is committed before it runs is never heard: wait for it.
    private static async Task ListeningAsync(PostgresTestDatabase db)
    {
        while (await db.LongAsync("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'") == 0)
        {
            await Task.Yield();
        }
    }

    private static async Task<List<string>> ReadAsync(Channel<string> signals, int count)
    {
        var read = new List<string>();
        while (read.Count < count)
        {
            read.Add(await signals.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30)));
        }

        return read;
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task listening)
    {
        await stop.CancelAsync();
        var ended = await Record.ExceptionAsync(() => listening.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.True(ended is null or OperationCanceledException, ended?.ToString());
    }
}
