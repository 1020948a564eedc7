using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresDialogueStoreTests
{
    private static readonly ConversationReference Reference = new()
    {
        ConversationId = "19:meeting_abc@thread.v2",
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:bot",
        MeetingId = "MCMxOTpt==",
    };

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 15, 8, 0, 0, TimeSpan.Zero));

    private static async Task<PostgresDatabase> MigratedAsync(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        await database.MigrateAsync(PostgresMigrations.All, CancellationToken.None);
        return database;
    }

    [SkippableFact]
    public async Task Saved_dialogue_is_found_again_through_a_new_data_source()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        await using (var database = await MigratedAsync(connectionString))
        {
            var dialogue = Dialogue.Start(Reference);
            dialogue.GoTo(3, 5);
            await new PostgresDialogueStore(database, _time).SaveAsync(dialogue, 0, CancellationToken.None);
        }

        await using var reopened = await MigratedAsync(connectionString);
        var found = await new PostgresDialogueStore(reopened, _time).FindAsync(Reference.ConversationId, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(3, found.CurrentItemIndex);
        Assert.Equal(Reference, found.Reference);
    }

    [SkippableFact]
    public async Task Second_writer_from_the_same_version_gets_a_conflict()
    {
        await using var database = await MigratedAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresDialogueStore(database, _time);
        await store.SaveAsync(Dialogue.Start(Reference), 0, CancellationToken.None);
        var first = (await store.FindAsync(Reference.ConversationId, CancellationToken.None))!;
        var second = (await store.FindAsync(Reference.ConversationId, CancellationToken.None))!;
        var expected = first.Version;
        first.MoveNext(5);
        second.GoTo(4, 5);

        await store.SaveAsync(first, expected, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(second, expected, CancellationToken.None));
        Assert.Equal(1, (await store.FindAsync(Reference.ConversationId, CancellationToken.None))!.CurrentItemIndex);
    }

    [SkippableFact]
    public async Task Instances_starting_together_apply_each_migration_once()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var databases = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(connectionString)).ToList();

        await Task.WhenAll(databases.Select(d => d.MigrateAsync(PostgresMigrations.All, CancellationToken.None)));

        await using var command = databases[0].DataSource.CreateCommand("SELECT COUNT(*) FROM schema_migrations");
        Assert.Equal((long)PostgresMigrations.All.Count, (long)(await command.ExecuteScalarAsync())!);
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Database_from_a_newer_build_stops_startup()
    {
        await using var database = await MigratedAsync(await PostgresServer.CreateDatabaseAsync());
        await using (var command = database.DataSource.CreateCommand("INSERT INTO schema_migrations (version, description) VALUES (999, 'future')"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<SchemaTooNewException>(() => database.MigrateAsync(PostgresMigrations.All, CancellationToken.None));
        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Unreachable_server_fails_with_a_connection_error_not_a_hang()
    {
        _ = await PostgresServer.CreateDatabaseAsync();
        var unreachable = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Port = 1, Timeout = 3 }.ConnectionString;
        await using var database = new PostgresDatabase(unreachable);

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.MigrateAsync(PostgresMigrations.All, CancellationToken.None));
    }
}
