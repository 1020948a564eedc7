using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>N distinct users answer one poll with C requests in flight.</summary>
public static class VoteStorm
{
    public static async Task<ScenarioResult> RunAsync(BenchBot bot, CostMeter meter, StorageTarget storage, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(settings);
        var quiet = await WarmUp.RunAsync(bot, settings, run, chats: 1, cancellationToken);
        var chat = new PollConversation(bot, run, firstVoter: 0);
        await chat.LaunchAsync(cancellationToken);
        var votes = chat.Votes(settings.Voters);

        LoadOutcome load;
        var nodeCpu = TimeSpan.Zero;
        if (settings.LoadGenerator == LoadGeneratorKind.Node)
        {
            (load, nodeCpu) = await NodeLoadGenerator.RunClosedLoopAsync(bot.Client, votes, settings.Concurrency, () => meter.StartAsync(cancellationToken), cancellationToken);
        }
        else
        {
            await meter.StartAsync(cancellationToken);
            load = await LoadDriver.RunClosedLoopAsync(bot.Client, votes, settings.Concurrency, cancellationToken);
        }

        var settled = await chat.WaitForFinalCardAsync(settings.SettleTimeout);
        var cost = (await meter.StopAsync(load.Requests, cancellationToken)).WithLoadGenerator(nodeCpu, load.Requests);
        var onCard = chat.MissingOnCard();
        var inState = await chat.MissingInStateAsync(cancellationToken);
        var lost = Math.Max(onCard, inState);
        var notes = new List<string> { string.Create(CultureInfo.InvariantCulture, $"missing on the last card: {onCard}; missing in the bot's state (poll results): {inState}") };
        notes.AddRange(WarmUp.Notes(quiet));
        notes.AddRange(meter.Notes);

        var generator = settings.LoadGenerator == LoadGeneratorKind.Node ? " loadgen=node" : "";
        var parameters = string.Create(CultureInfo.InvariantCulture, $"N={settings.Voters} C={settings.Concurrency} warm-up={settings.WarmupVotes}{generator}");
        return Measurements.Result(ScenarioKind.VoteStorm, storage, parameters, bot, load, cost, settled, lost, [], notes);
    }
}
