using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.Bench.Scenarios;
using TeamsDialogueBot.Storage.Tests.Postgres;

namespace TeamsDialogueBot.Bench.Tests;

/// <summary>
/// Each scenario, tiny, through the bench library against the real host process with authentication on:
/// nothing lost, the final card exact, every outbound call authenticated, and what the phase cost measured.
/// Speed and cost are never asserted here, only that they were read.
/// </summary>
public sealed class ScenarioSmokeTests
{
    [Fact]
    public async Task Vote_storm_loses_no_vote_and_the_last_card_shows_the_exact_tally()
    {
        var result = await RunAsync(ScenarioKind.VoteStorm);

        Assert.Equal(BenchSettings.Tiny.Voters, result.Activities);
        AssertNothingLost(result);
        AssertCostMeasured(result);
    }

    // The independent load generator (Node.js, as the issue 17 reporter used): the same checks, its CPU in the loadgen figure.
    [Fact]
    public async Task Vote_storm_sent_by_Nodejs_loses_no_vote_and_counts_the_generators_CPU()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var settings = BenchSettings.Tiny with { LoadGenerator = LoadGeneratorKind.Node };

        var result = await BenchRunner.RunAsync(ScenarioKind.VoteStorm, StorageTarget.Sqlite, settings, timeout.Token);

        Assert.Equal(settings.Voters, result.Activities);
        Assert.Contains("loadgen=node", result.Parameters, StringComparison.Ordinal);
        AssertNothingLost(result);
        AssertCostMeasured(result);
        Assert.True(result.LatencyMs.Max > 0, "Node.js timed no request");
        Assert.True(result.Cost!.LoadGeneratorCpuSeconds > 0, "the load generator's CPU was not counted");
    }

    [Fact]
    public async Task Floor_rush_keeps_everyone_who_asked_either_waiting_or_called()
    {
        var result = await RunAsync(ScenarioKind.FloorRush);

        Assert.Equal(BenchSettings.Tiny.FloorUsers, result.Activities);
        AssertNothingLost(result);
        AssertCostMeasured(result);
        Assert.Contains(result.Notes, n => n.Contains($"{BenchSettings.Tiny.FloorUsers - BenchSettings.Tiny.Speakers} waiting, {BenchSettings.Tiny.Speakers} called", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_meetings_keep_every_chats_tally_apart_and_exact()
    {
        var result = await RunAsync(ScenarioKind.ManyMeetings);

        Assert.Equal(BenchSettings.Tiny.Meetings * BenchSettings.Tiny.VotersPerMeeting, result.Activities);
        AssertNothingLost(result);
        AssertCostMeasured(result);
    }

    // Today's build answers some of these with 429s from the Connector and 5xx from the hosts (issue 15):
    // the test asks that the run measured them and each instance's share, not that there were none.
    [SkippableFact]
    public async Task Floor_rush_on_three_instances_spreads_the_load_and_measures_each_instance_and_PostgreSQL()
    {
        var server = PostgresServer.ConnectionString ?? await NoServerAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var result = await BenchRunner.RunAsync(ScenarioKind.FloorRushThreeInstances, StorageTarget.Postgres(server), BenchSettings.Tiny, timeout.Token);

        Assert.Equal(3, result.Instances);
        Assert.Equal(BenchSettings.Tiny.ClusterFloor.Users, result.Activities);
        Assert.True(result.LatencyMs.Max > 0, "no latency was measured");
        Assert.InRange(result.ServerErrors, 0, result.Failed);
        Assert.True(result.OutboundCalls > 0, "the bots made no outbound call at all");
        AssertCostMeasured(result);
        Assert.Equal(3, result.Cost!.BotCpuSecondsPerInstance.Count);
        Assert.All(result.Cost.BotCpuSecondsPerInstance, cpu => Assert.True(cpu > 0, "an instance used no CPU: the load was not spread"));
        Assert.True(result.Cost.PostgresCpuSeconds > 0, "PostgreSQL's CPU was not measured");
        Assert.Contains(result.Notes, n => n.Contains($"Connector 429s {result.Throttled}", StringComparison.Ordinal));
    }

    private static async Task<ScenarioResult> RunAsync(ScenarioKind kind)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await BenchRunner.RunAsync(kind, StorageTarget.Sqlite, BenchSettings.Tiny, timeout.Token);
    }

    // Without TDB_TEST_POSTGRES this skips with the reason, or fails under CI=true; it never creates anything then.
    private static async Task<string> NoServerAsync()
    {
        await PostgresServer.CreateDatabaseAsync();
        throw new InvalidOperationException($"{PostgresServer.Variable} is not set.");
    }

    private static void AssertNothingLost(ScenarioResult result)
    {
        Assert.Empty(result.Problems);
        Assert.Equal(0, result.Failed);
        Assert.Equal(0, result.Lost);
        Assert.False(double.IsNaN(result.CardSettleMs), "the shared card never showed the final state");
        Assert.True(result.OutboundCalls > 0, "the bot made no outbound call at all");
        Assert.Equal(result.OutboundCalls, result.AuthenticatedOutbound);
    }

    private static void AssertCostMeasured(ScenarioResult result)
    {
        var cost = result.Cost;
        Assert.NotNull(cost);
        Assert.True(cost.WindowSeconds > 0);
        Assert.True(cost.BotCpuSeconds > 0, "the bot's CPU was not read");
        Assert.Equal(cost.BotCpuSeconds * 1e6 / result.Activities, cost.BotCpuUsPerActivity, 0.5);
        Assert.True(cost.AllocatedBytes > 0, "no allocation was read from the bot's GC events: " + string.Join("; ", result.Notes));
        Assert.NotNull(cost.Gen0Collections);
        Assert.True(cost.LoadGeneratorCpuSeconds > 0, "the load generator's CPU was not read");
        // The machine's speed at the time, first among the notes: "reference job before the bot started: 12.3 ms …".
        var reference = System.Text.RegularExpressions.Regex.Match(result.Notes[0], @"^reference job before the bot started: (\d+\.\d) ms");
        Assert.True(reference.Success, "no reference job figure: " + result.Notes[0]);
        Assert.True(double.Parse(reference.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
