using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Schema;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="MigrationContract"/> on PostgreSQL, and its steps that only PostgreSQL has.</summary>
public sealed class PostgresMigrationTests : MigrationContract
{
    protected override IReadOnlyList<Migration> All => PostgresMigrations.All;

    protected override async Task<TestDatabase> OpenAsync(IReadOnlyList<Migration> migrations) => await PostgresTestDatabase.CreateAsync(migrations);

    // Migration 21: a long list (TOASTed, so compressed) is stored with lz4 where the server was built with it, with
    // pglz where not; either way it reads back whole.
    [SkippableFact]
    public async Task Migration_21_stores_long_lists_compressed_with_lz4_where_the_server_has_it()
    {
        await using var db = await OpenAsync(All);
        var list = OpenList(0, "19:lz4@thread.v2");
        for (var i = 0; i < 300; i++)
        {
            list.Request(Person($"p{i}", $"Participant {i}"), $"topic {i}", null, Start.AddSeconds(i));
        }

        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet("19:lz4@thread.v2", [], [new StagedWrite.SaveSpeakersList(list, 0)]), CancellationToken.None));

        var lz4 = await db.LongAsync("SELECT COUNT(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)") == 1;
        var method = lz4 ? 1 : 2;
        Assert.Equal(method, await db.LongAsync("""
            SELECT CASE pg_column_compression(data) WHEN 'lz4' THEN 1 WHEN 'pglz' THEN 2 ELSE 0 END
            FROM speakers_lists WHERE conversation_id = '19:lz4@thread.v2'
            """));
        Assert.Equal(300, (await db.Lists.FindAsync("19:lz4@thread.v2", Domain.Programme.AgendaPosition.Item(0), CancellationToken.None))!.Entries.Count);
    }
}
