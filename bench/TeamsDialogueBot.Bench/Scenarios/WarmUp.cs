using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>
/// What "warmed up" means for the vote scenarios: a vote storm of <see cref="BenchSettings.WarmupVotes"/> in a chat of
/// its own, unmeasured, then the bot left to finish on its own what that started (<see cref="QuietBot"/>), as a bot
/// that has been running for a while has.
/// </summary>
internal static class WarmUp
{
    /// <summary>How long the bot kept working after the warm-up's last vote; null when there was no warm-up.</summary>
    public static async Task<TimeSpan?> RunAsync(BenchBot bot, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        if (settings.WarmupVotes <= 0)
        {
            return null;
        }

        // The warm-up's voters are numbered after every voter the measured phase can use, so none votes twice.
        var warmup = new PollConversation(bot, run, firstVoter: 1_000_000);
        await warmup.LaunchAsync(cancellationToken);
        var outcome = await LoadDriver.RunClosedLoopAsync(bot.Client, warmup.Votes(settings.WarmupVotes), settings.Concurrency, cancellationToken);
        if (outcome.Failures > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{outcome.Failures} of {settings.WarmupVotes} warm-up votes failed: {string.Join("; ", outcome.FailureSamples)}"));
        }

        return await QuietBot.WaitAsync([.. bot.Instances.Select(i => i.ProcessId)], TimeSpan.FromSeconds(20), cancellationToken);
    }

    public static IEnumerable<string> Notes(TimeSpan? quiet) => quiet is { } waited
        ? [string.Create(CultureInfo.InvariantCulture, $"warm-up: {waited.TotalSeconds:0.0} s until the bot stopped working on its own (tier-1 JIT) before the measured phase")]
        : ["no warm-up: the measured phase meets a cold bot"];
}
