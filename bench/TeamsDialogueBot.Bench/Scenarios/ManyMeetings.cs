using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>Many meeting chats at once, each running a poll; votes of all chats interleave. Warmed up like the vote storm.</summary>
public static class ManyMeetings
{
    // Enough chats for per-chat code to pass the JIT's call-count threshold (30) during the warm-up.
    private const int WarmUpChats = 40;

    public static async Task<ScenarioResult> RunAsync(BenchBot bot, CostMeter meter, StorageTarget storage, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(settings);
        var quiet = await WarmUp.RunAsync(bot, settings, run, WarmUpChats, cancellationToken);
        var chats = Enumerable.Range(0, settings.Meetings)
            .Select(m => new PollConversation(bot, run, firstVoter: m * settings.VotersPerMeeting))
            .ToList();
        using (var launching = new SemaphoreSlim(settings.Concurrency))
        {
            await Task.WhenAll(chats.Select(async chat =>
            {
                await launching.WaitAsync(cancellationToken);
                try
                {
                    await chat.LaunchAsync(cancellationToken);
                }
                finally
                {
                    launching.Release();
                }
            }));
        }

        var settledSetUp = await WarmUp.SettleAfterSetUpAsync(bot, settings, cancellationToken);

        // Round-robin over the chats, so every chat is voting during the whole phase.
        var perChat = chats.Select(c => c.Votes(settings.VotersPerMeeting)).ToList();
        var votes = Enumerable.Range(0, settings.VotersPerMeeting).SelectMany(i => perChat.Select(v => v[i])).ToList();

        await meter.StartAsync(cancellationToken);
        var load = await LoadDriver.RunClosedLoopAsync(bot.Client, votes, settings.Concurrency, cancellationToken);
        var settledAll = await Task.WhenAll(chats.Select(c => c.WaitForFinalCardAsync(settings.SettleTimeout)));
        var cost = await meter.StopAsync(load.Requests, cancellationToken);
        var lost = 0;
        var problems = new List<string>();
        foreach (var chat in chats)
        {
            var missing = Math.Max(chat.MissingOnCard(), await chat.MissingInStateAsync(cancellationToken));
            if (missing > 0)
            {
                problems.Add($"{chat.Activities.ConversationId}: {missing.ToString(CultureInfo.InvariantCulture)} votes missing");
            }

            lost += missing;
        }

        DateTimeOffset? settled = settledAll.Any(s => s is null) ? null : settledAll.Max();
        var parameters = string.Create(CultureInfo.InvariantCulture, $"meetings={settings.Meetings} voters={settings.VotersPerMeeting} C={settings.Concurrency} warm-up={settings.WarmupVotes}");
        return Measurements.Result(ScenarioKind.ManyMeetings, storage, parameters, bot, load, cost, settled, lost, problems.Take(5), [.. WarmUp.Notes(quiet), .. SetUpNotes(settledSetUp), .. meter.Notes]);
    }

    private static IEnumerable<string> SetUpNotes(TimeSpan? settled) => settled is { } waited
        ? [string.Create(CultureInfo.InvariantCulture, $"after launching the chats' polls: {waited.TotalSeconds:0.0} s until the bot was quiet again")]
        : [];
}
