using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>N distinct users answer one poll with C requests in flight.</summary>
public static class VoteStorm
{
    public static async Task<ScenarioResult> RunAsync(BenchBot bot, StorageTarget storage, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(settings);
        await WarmUpAsync(bot, settings, run, cancellationToken);
        var chat = new PollConversation(bot, run, firstVoter: 0);
        await chat.LaunchAsync(cancellationToken);
        var votes = chat.Votes(settings.Voters);

        var meter = await CostMeter.StartAsync(bot, cancellationToken);
        var load = await LoadDriver.RunClosedLoopAsync(bot.Client, votes, settings.Concurrency, cancellationToken);
        var settled = await chat.WaitForFinalCardAsync(settings.SettleTimeout);
        var cost = await meter.StopAsync(load.Requests, cancellationToken);
        var onCard = chat.MissingOnCard();
        var inState = await chat.MissingInStateAsync(cancellationToken);
        var lost = Math.Max(onCard, inState);
        var notes = new List<string> { string.Create(CultureInfo.InvariantCulture, $"missing on the last card: {onCard}; missing in the bot's state (poll results): {inState}") };
        notes.AddRange(meter.Notes);

        var parameters = string.Create(CultureInfo.InvariantCulture, $"N={settings.Voters} C={settings.Concurrency} warm-up={settings.WarmupVotes}");
        return Measurements.Result(ScenarioKind.VoteStorm, storage, parameters, bot, load, cost, settled, lost, [], notes);
    }

    /// <summary>The same load on a poll in another chat, unmeasured; it must succeed like the real one.</summary>
    private static async Task WarmUpAsync(BenchBot bot, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        if (settings.WarmupVotes <= 0)
        {
            return;
        }

        var warmup = new PollConversation(bot, run, firstVoter: settings.Voters);
        await warmup.LaunchAsync(cancellationToken);
        var outcome = await LoadDriver.RunClosedLoopAsync(bot.Client, warmup.Votes(settings.WarmupVotes), settings.Concurrency, cancellationToken);
        if (outcome.Failures > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{outcome.Failures} of {settings.WarmupVotes} warm-up votes failed: {string.Join("; ", outcome.FailureSamples)}"));
        }
    }
}
