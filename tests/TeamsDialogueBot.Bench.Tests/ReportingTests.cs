using System.Text.Json.Nodes;
using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.Bench.Scenarios;

namespace TeamsDialogueBot.Bench.Tests;

public sealed class ReportingTests
{
    [Fact]
    public void A_result_says_whether_it_measured_the_deployed_composite_package_or_another_build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tdb-bench-host", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var host = Path.Combine(folder, "TeamsDialogueBot.Host.dll");
            File.WriteAllText(host, "");

            var plain = HostBuild.Of(host, runtimeKnobs: " ");
            Assert.False(plain.CompositeReadyToRun);
            Assert.Null(plain.RuntimeKnobs);
            Assert.StartsWith("not the deployed package", plain.Kind, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(folder, "TeamsDialogueBot.Host.r2r.dll"), "");
            var deployed = HostBuild.Of(host, "DOTNET_TieredCompilation=0");
            Assert.True(deployed.CompositeReadyToRun);
            Assert.StartsWith("the deployed package", deployed.Kind, StringComparison.Ordinal);
            Assert.EndsWith("runtime knobs DOTNET_TieredCompilation=0", deployed.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Percentiles_are_nearest_rank_over_all_samples()
    {
        var summary = LatencySummary.From([.. Enumerable.Range(1, 100).Select(i => (double)i)]);

        Assert.Equal(new LatencySummary(50, 95, 99, 100), summary);
    }

    [Fact]
    public void A_poll_card_is_read_back_as_respondents_and_counts_per_option()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"12 respondents"},
              {"type":"Chart.HorizontalBar","fallback":{"type":"Container","items":[
                {"type":"TextBlock","text":"███░░░░░░░ 25% (3) Alpha"},
                {"type":"TextBlock","text":"████████░░ 75% (9) Bravo"}]}}]}
            """);

        Assert.Equal(12, WireCard.Respondents(card));
        Assert.Equal(new Dictionary<string, int> { ["Alpha"] = 3, ["Bravo"] = 9 }, WireCard.OptionCounts(card));
    }
}
