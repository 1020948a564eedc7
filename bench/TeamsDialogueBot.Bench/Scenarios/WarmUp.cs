using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>
/// What "warmed up" means for the vote scenarios: a vote storm of <see cref="BenchSettings.WarmupVotes"/> in chats of
/// its own and a third as many in others, unmeasured, the bot left after each to finish on its own what that started
/// (<see cref="QuietBot"/>), then one full collection (<see cref="InducedCollection"/>): what a bot that has been
/// running for a while has been through. The vote storm warms up in one chat; many meetings in several, so that what
/// runs once per chat (its first vote, its first card refresh, its send lane) is compiled like the rest — a bot that
/// has been running for a while has met many chats, and the measured phase should not pay the JIT for its 100th.
/// </summary>
internal static class WarmUp
{
    /// <summary>What the warm-up left; null when there was none.</summary>
    public static async Task<Warmed?> RunAsync(BenchBot bot, BenchSettings settings, int run, int chats, CancellationToken cancellationToken)
    {
        if (settings.WarmupVotes <= 0)
        {
            return null;
        }

        // Two rounds, each in chats of its own, with the bot left to go quiet after each. With a call-counting delay
        // (System.Runtime.TieredCompilation.CallCountingDelayMs: the runtime's default, or one set through TDB_HOST_ENV;
        // the host's own runtimeconfig sets 0) calls count towards tier 1 only once no new method has run for that long:
        // in the first round the vote path is new, so what gets hot there is promoted during the second, as in a bot that
        // has been running for a while — not inside the measured phase. With no delay the second round changes little.
        await RoundAsync(bot, settings, run, chats, firstVoter: 1_000_000, settings.WarmupVotes, cancellationToken);
        await QuietBot.WaitAsync(bot, cancellationToken);
        await RoundAsync(bot, settings, run, chats, firstVoter: 2_000_000, Math.Max(chats, settings.WarmupVotes / 3), cancellationToken);
        var quiet = await QuietBot.WaitAsync(bot, cancellationToken);
        return new Warmed(quiet, await InducedCollection.RunAsync(bot, cancellationToken));
    }

    // The warm-up's voters are numbered after every voter the measured phase can use, so none votes twice.
    private static async Task RoundAsync(BenchBot bot, BenchSettings settings, int run, int chats, int firstVoter, int voteCount, CancellationToken cancellationToken)
    {
        var perChat = Math.Max(1, voteCount / chats);
        var warmups = Enumerable.Range(0, chats).Select(c => new PollConversation(bot, run, firstVoter: firstVoter + (c * perChat))).ToList();
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
    }

    /// <summary>
    /// Once the measured phase's own set-up is done (many meetings launch a poll in each of their chats, which posts a
    /// card per chat and tiers up code the warm-up's single chat used less), a warmed-up bot is again left to finish on
    /// its own what that started, so the phase measures votes and not the set-up's tail. Null when not warmed up: the
    /// cold scenario meets it all.
    /// </summary>
    public static async Task<TimeSpan?> SettleAfterSetUpAsync(BenchBot bot, BenchSettings settings, CancellationToken cancellationToken) =>
        settings.WarmupVotes <= 0 ? null : await QuietBot.WaitAsync(bot, cancellationToken);

    public static IEnumerable<string> Notes(Warmed? warmed) => warmed is { } done
        ?
        [
            string.Create(CultureInfo.InvariantCulture, $"warm-up: {done.Quiet.TotalSeconds:0.0} s until the bot stopped working on its own (tier-1 JIT) before the measured phase"),
            done.Collected
                ? "warm-up ended with one full collection induced over the diagnostics port"
                : "warm-up: the full collection could not be induced (no diagnostics port): the window may hold the young process's first deep collection",
        ]
        : ["no warm-up: the measured phase meets a cold bot"];

    /// <param name="Quiet">How long the bot kept working on its own after the warm-up's last vote.</param>
    /// <param name="Collected">Whether every instance ran the induced full collection.</param>
    public sealed record Warmed(TimeSpan Quiet, bool Collected);
}
