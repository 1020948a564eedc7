using Xunit.Abstractions;
using TeamsDialogueBot.Durability.Tests.Support;
using TeamsDialogueBot.Storage.Tests.Postgres;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Durability.Tests;

/// <summary>
/// SIGKILL in the middle of a burst of votes and floor requests: whatever the bot answered 200 before it died
/// must be in the database when it comes back. An acknowledgement means committed.
/// </summary>
public sealed class KillDuringBurstTests(ITestOutputHelper output) : IDisposable
{
    private const int Votes = 300;
    private const int Hands = 100;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tdb-durability", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_acknowledged_vote_and_floor_request_survives_a_kill_on_sqlite()
    {
        var path = Path.Combine(_directory, "dialogue.db");
        await RunAsync(DurabilityScenario.Settings(), path, () => StoredState.Sqlite(path));
    }

    [SkippableFact]
    public async Task Every_acknowledged_vote_and_floor_request_survives_a_kill_on_postgres()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        await RunAsync(DurabilityScenario.Settings(connectionString), Path.Combine(_directory, "unused.db"), () => StoredState.Postgres(connectionString));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private async Task RunAsync(Dictionary<string, string?> settings, string databasePath, Func<StoredState> open)
    {
        await using var connector = await RecordingConnector.StartAsync();
        var scenario = new DurabilityScenario(connector);
        BurstResult burst;
        await using (var bot = await BotProcess.StartAsync(settings, databasePath))
        {
            await scenario.PrepareAsync(bot);

            burst = await Burst.SendAsync(scenario.Requests(Votes, Hands, bot), inFlight: 32, killAfterAcknowledged: (Votes + Hands) / 3, kill: bot.Kill);

            Assert.True(bot.HasExited, "the bot should have been killed mid-burst");
            Assert.Equal(137, bot.ExitCode);
        }

        // Mid-burst: some answered, some never answered.
        Assert.InRange(burst.AcknowledgedVoters.Count + burst.AcknowledgedRequesters.Count, (Votes + Hands) / 3, Votes + Hands - 1);
        Assert.True(burst.Unanswered > 0, "the kill should have cut requests off");
        Assert.Equal(0, burst.Refused);

        await using var restarted = await BotProcess.StartAsync(settings, databasePath);
        await using var state = open();
        var conversation = scenario.Chat.ConversationId;
        var voters = (await state.AnswersAsync(conversation)).Select(a => a.Voter.Value).ToList();
        var speakers = (await state.ListAsync(conversation)).Entries.Select(e => e.Speaker.Id.Value).ToList();

        output.WriteLine($"acknowledged {burst.AcknowledgedVoters.Count} votes + {burst.AcknowledgedRequesters.Count} hands, {burst.Unanswered} unanswered; stored {voters.Count} votes + {speakers.Count} hands");
        Assert.False((await state.PollAsync(conversation)).Anonymous);
        // Every acknowledged one is stored (stored ⊇ acknowledged); unanswered ones may or may not be.
        Assert.Subset(voters.ToHashSet(StringComparer.Ordinal), burst.AcknowledgedVoters.Select(v => v.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal));
        Assert.Subset(speakers.ToHashSet(StringComparer.OrdinalIgnoreCase), burst.AcknowledgedRequesters.ToHashSet(StringComparer.OrdinalIgnoreCase));
        Assert.Equal(voters.Count, voters.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(speakers.Count, speakers.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.InRange(voters.Count, 0, Votes);
        Assert.InRange(speakers.Count, 0, Hands);
    }
}
