using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.Bench.Scenarios;

namespace TeamsDialogueBot.Bench.Tests;

/// <summary>
/// Each scenario, tiny, through the bench library against the real host process with authentication on:
/// nothing lost, the final card exact, every outbound call authenticated. Speed is never asserted here.
/// </summary>
public sealed class ScenarioSmokeTests
{
    [Fact]
    public async Task Vote_storm_loses_no_vote_and_the_last_card_shows_the_exact_tally()
    {
        var result = await RunAsync(ScenarioKind.VoteStorm);

        Assert.Equal(BenchSettings.Tiny.Voters, result.Activities);
        AssertNothingLost(result);
    }

    [Fact]
    public async Task Floor_rush_keeps_everyone_who_asked_either_waiting_or_called()
    {
        var result = await RunAsync(ScenarioKind.FloorRush);

        Assert.Equal(BenchSettings.Tiny.FloorUsers, result.Activities);
        AssertNothingLost(result);
        Assert.Contains(result.Notes, n => n.Contains($"{BenchSettings.Tiny.FloorUsers - BenchSettings.Tiny.Speakers} waiting, {BenchSettings.Tiny.Speakers} called", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Many_meetings_keep_every_chats_tally_apart_and_exact()
    {
        var result = await RunAsync(ScenarioKind.ManyMeetings);

        Assert.Equal(BenchSettings.Tiny.Meetings * BenchSettings.Tiny.VotersPerMeeting, result.Activities);
        AssertNothingLost(result);
    }

    private static async Task<ScenarioResult> RunAsync(ScenarioKind kind)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return await BenchRunner.RunAsync(kind, StorageTarget.Sqlite, BenchSettings.Tiny, timeout.Token);
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
}
