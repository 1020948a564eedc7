using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.Bench.Scenarios;

namespace TeamsDialogueBot.Bench.Tests;

public sealed class ArgumentsAndSpreadTests
{
    private const string Server = "Host=127.0.0.1;Username=postgres";

    [Fact]
    public void All_takes_the_three_instance_floor_rush_only_where_PostgreSQL_is_given()
    {
        var sqlite = BenchArguments.Parse(["--scenario", "all"]);
        var both = BenchArguments.Parse(["--scenario", "all", "--storage", "both", "--postgres", Server, "--runs", "3"]);

        Assert.DoesNotContain(ScenarioKind.FloorRushThreeInstances, sqlite.Scenarios);
        Assert.Contains(ScenarioKind.FloorRushThreeInstances, both.Scenarios);
        Assert.Equal(3, both.Runs);
        Assert.Equal([false, true], both.Storages.Select(s => BenchArguments.Applies(ScenarioKind.FloorRushThreeInstances, s)));
    }

    [Fact]
    public void Asking_for_the_three_instance_floor_rush_without_PostgreSQL_or_for_an_unknown_scenario_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BenchArguments.Parse(["--scenario", "floor3"]));
        Assert.Throws<ArgumentException>(() => BenchArguments.Parse(["--scenario", "vote,flor"]));
        Assert.Throws<ArgumentException>(() => BenchArguments.Parse(["--runs", "0"]));
    }

    [Fact]
    public void The_load_generator_is_the_benchs_own_unless_node_is_asked_for_and_anything_else_is_refused()
    {
        Assert.Equal(LoadGeneratorKind.Bench, BenchArguments.Parse(["--scenario", "vote"]).Settings.LoadGenerator);
        Assert.Equal(LoadGeneratorKind.Node, BenchArguments.Parse(["--scenario", "vote", "--loadgen", "node"]).Settings.LoadGenerator);
        var error = Assert.Throws<ArgumentException>(() => BenchArguments.Parse(["--loadgen", "wrk"]));
        Assert.Contains("wrk", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spread_gives_each_figures_lowest_and_highest_value_per_scenario_and_storage_leaving_unmeasured_ones_out()
    {
        ScenarioResult[] runs =
        [
            Result("VoteStorm", 5000, p99: 25, cpuUs: 300, allocated: 30_720, run: 1),
            Result("VoteStorm", 6000, p99: 19, cpuUs: 280, allocated: null, run: 2),
            Result("VoteStorm", 5500, p99: 21, cpuUs: 310, allocated: 20_480, run: 3),
            Result("FloorRush", 150, p99: 60, cpuUs: 900, allocated: 102_400, run: 1),
        ];

        var spread = ScenarioSpread.Of(runs);

        var storm = Assert.Single(spread, s => s.Scenario == "VoteStorm");
        Assert.Equal(3, storm.Runs);
        Assert.Equal(new ValueRange(5000, 6000), storm.ActivitiesPerSecond);
        Assert.Equal(new ValueRange(19, 25), storm.P99Ms);
        Assert.Equal(new ValueRange(280, 310), storm.BotCpuUsPerActivity);
        Assert.Equal(new ValueRange(20, 30), storm.AllocatedKbPerActivity);
        Assert.Equal("5000–6000", storm.ActivitiesPerSecond!.ToString());
        Assert.Equal("900", Assert.Single(spread, s => s.Scenario == "FloorRush").BotCpuUsPerActivity!.ToString());
    }

    private static ScenarioResult Result(string scenario, double perSecond, double p99, double cpuUs, double? allocated, int run) =>
        new(scenario, "sqlite", "N=1", 100, 1, perSecond, new LatencySummary(1, 2, p99, p99), 5, 0, 10, 0, 0, 0, 200, 500, 5, 1,
            new ActivityCost(1, cpuUs / 1e4, cpuUs, [cpuUs / 1e4], allocated is null ? null : (long)(allocated * 100), allocated, 1, 0, 0, 0.01, 100, null, null),
            [], [])
        {
            Run = run,
        };
}
