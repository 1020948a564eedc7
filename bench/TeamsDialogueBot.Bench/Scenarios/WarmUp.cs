using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>
/// What "warmed up" means for the vote scenarios: a vote storm of <see cref="BenchSettings.WarmupVotes"/> in chats of
/// its own, unmeasured, then the bot left to finish on its own what that started (<see cref="QuietBot"/>), as a bot
/// that has been running for a while has. The vote storm warms up in one chat; many meetings in several, so that what
/// runs once per chat (its first vote, its first card refresh, its send lane) is compiled like the rest — a bot that
/// has been running for a while has met many chats, and the measured phase should not pay the JIT for its 100th.
/// </summary>
internal static class WarmUp
{
    /// <summary>How long the bot kept working after the warm-up's last vote; null when there was no warm-up.</summary>
    public static async Task<TimeSpan?> RunAsync(BenchBot bot, BenchSettings settings, int run, int chats, CancellationToken cancellationToken)
    {
        if (settings.WarmupVotes <= 0)
        {
            return null;
        }

        // The warm-up's voters are numbered after every voter the measured phase can use, so none votes twice.
        var perChat = Math.Max(1, settings.WarmupVotes / chats);
        var warmups = Enumerable.Range(0, chats).Select(c => new PollConversation(bot, run, firstVoter: 1_000_000 + (c * perChat))).ToList();
        foreach (var warmup in warmups)
        {
            await warmup.LaunchAsync(cancellationToken);
        }

        var perChatVotes = warmups.Select(w => w.Votes(perChat)).ToList();
        var votes = Enumerable.Range(0, perChat).SelectMany(i => perChatVotes.Select(v => v[i])).ToList();
        var outcome = await LoadDriver.RunClosedLoopAsync(bot.Client, votes, settings.Concurrency, cancellationToken);
        if (outcome.Failures > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{outcome.Failures} of {votes.Count} warm-up votes failed: {string.Join("; ", outcome.FailureSamples)}"));
        }

        return await QuietBot.WaitAsync(bot, cancellationToken);
    }

    /// <summary>
    /// Once the measured phase's own set-up is done (many meetings launch a poll in each of their chats, which posts a
    /// card per chat and tiers up code the warm-up's single chat used less), a warmed-up bot is again left to finish on
    /// its own what that started, so the phase measures votes and not the set-up's tail. Null when not warmed up: the
    /// cold scenario meets it all.
    /// </summary>
    public static async Task<TimeSpan?> SettleAfterSetUpAsync(BenchBot bot, BenchSettings settings, CancellationToken cancellationToken) =>
        settings.WarmupVotes <= 0 ? null : await QuietBot.WaitAsync(bot, cancellationToken);

    public static IEnumerable<string> Notes(TimeSpan? quiet) => quiet is { } waited
        ? [string.Create(CultureInfo.InvariantCulture, $"warm-up: {waited.TotalSeconds:0.0} s until the bot stopped working on its own (tier-1 JIT) before the measured phase")]
        : ["no warm-up: the measured phase meets a cold bot"];
}
