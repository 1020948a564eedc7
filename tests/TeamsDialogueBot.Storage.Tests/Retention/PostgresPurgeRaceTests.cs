using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Tests.Postgres;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionData;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>
/// PostgreSQL's purge runs beside other instances' writes (SQLite's takes the write lock first, so nothing can commit
/// while it runs): a change committed in the middle of it fails the purge rather than being lost.
/// </summary>
public sealed class PostgresPurgeRaceTests
{
    private const string Conversation = "19:meeting_pg_during@thread.v2";

    [SkippableFact]
    public async Task A_change_committed_while_the_purge_runs_fails_the_purge_and_keeps_everything()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        await TakePartAsync(db, Conversation);
        db.Time.Advance(TimeSpan.FromDays(91));
        var endedBefore = db.Time.GetUtcNow().AddDays(-90);
        var list = (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), CancellationToken.None))!;
        list.Request(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null, null, db.Time.GetUtcNow());

        // Another instance's save of the list, still uncommitted: its row lock stops the purge half-way through.
        await using var connection = await db.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var save = new NpgsqlCommand("UPDATE speakers_lists SET version = @version, data = @data, updated_at = @now WHERE conversation_id = @c AND item_index = 0", connection))
        {
            save.Parameters.AddWithValue("c", Conversation);
            save.Parameters.AddWithValue("version", list.Version);
            save.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(list.ToSnapshot()));
            save.Parameters.AddWithValue("now", db.Time.GetUtcNow());
            Assert.Equal(1, await save.ExecuteNonQueryAsync());
        }

        var purge = db.Retention.PurgeAsync(Conversation, endedBefore, CancellationToken.None);
        await db.WaitForALockWaitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await transaction.CommitAsync();

        Assert.False(await purge.WaitAsync(TimeSpan.FromSeconds(30)));
        var rows = await db.ConversationRowsAsync(Conversation);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(rows, row => row.StartsWith("retention_purges", StringComparison.Ordinal));
        Assert.Equal(["Ana Silva", "Li Wei", "Ben Okafor"], (await db.Lists.FindAsync(Conversation, AgendaPosition.Item(0), CancellationToken.None))!.Entries.Select(e => e.Speaker.Name));
    }
}
