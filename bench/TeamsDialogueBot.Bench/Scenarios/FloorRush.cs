using System.Globalization;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>
/// Many users type `q+` within a short window (open loop: the schedule does not wait for answers), then the
/// chair calls speakers one `ack` at a time. Nobody may be lost: waiting + called = everyone who asked.
/// </summary>
public static class FloorRush
{
    private const string FloorGiven = "the floor is yours";

    public static async Task<ScenarioResult> RunAsync(BenchBot bot, StorageTarget storage, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(settings);
        var chat = new TeamsActivities(bot.Connector.ServiceUrl, TeamsActivities.NewConversationId());
        var cardId = await PostListAsync(bot, chat, cancellationToken);
        var requests = Enumerable.Range(0, settings.FloorUsers)
            .Select(i => new LoadRequest(chat.Mention(BenchUser.Numbered(run, i), "q+")))
            .ToList();

        var load = await LoadDriver.RunPacedAsync(bot.Client, requests, settings.FloorWindow, cancellationToken);
        var settled = await WaitForWaitingAsync(bot, cardId, settings.FloorUsers, settings.SettleTimeout);

        var acks = new List<double>();
        for (var i = 0; i < settings.Speakers; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await LoadDriver.SendOneAsync(bot.Client, chat.Mention(BenchBot.Chair, "ack"), cancellationToken);
            acks.Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var remaining = settings.FloorUsers - settings.Speakers;
        var problems = new List<string>();
        if (await WaitForWaitingAsync(bot, cardId, remaining, settings.SettleTimeout) is null)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the card never showed {remaining} waiting after the acks"));
        }

        // The acks were answered when decided; their announcements leave the outbox at Teams' pace.
        var called = await CountAnnouncementsAsync(bot, chat, settings.Speakers, settings.SettleTimeout, cancellationToken);
        if (called != settings.Speakers)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{called} floor announcements for {settings.Speakers} acks"));
        }

        // The bot's state: `q?` reposts the card afresh from the stored list.
        var stateCard = await PostListAsync(bot, chat, cancellationToken);
        var waitingInState = WireCard.Waiting(bot.Connector.LastCardFor(stateCard)) ?? 0;
        var lost = Math.Max(0, settings.FloorUsers - (waitingInState + called));

        var ackLatency = LatencySummary.From(acks);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{settings.Speakers} acks one after another: p50 {ackLatency.P50} ms, max {ackLatency.Max} ms (each waits for its announcement to pass Teams' pacing)"),
            string.Create(CultureInfo.InvariantCulture, $"state after the acks: {waitingInState} waiting, {called} called"),
        };
        var parameters = string.Create(CultureInfo.InvariantCulture, $"users={settings.FloorUsers} window={settings.FloorWindow.TotalSeconds}s acks={settings.Speakers}");
        return Measurements.Result(ScenarioKind.FloorRush, storage, parameters, bot, load, settled, lost, problems, notes);
    }

    private static async Task<string> PostListAsync(BenchBot bot, TeamsActivities chat, CancellationToken cancellationToken)
    {
        var before = bot.Connector.Requests.Count;
        await LoadDriver.SendOneAsync(bot.Client, chat.Mention(BenchBot.Chair, "q?"), cancellationToken);
        // The turn answers once decided; the card follows from the outbox.
        var sent = await bot.Connector.WaitForAsync(
            r => r.Route == "send" && r.ConversationId == chat.ConversationId && WireCard.Of(r.Body) is not null, TimeSpan.FromSeconds(30), before);
        return sent.ActivityId!;
    }

    private static async Task<int> CountAnnouncementsAsync(BenchBot bot, TeamsActivities chat, int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            var called = bot.Connector.Sent
                .Where(a => a["conversation"]?["id"]?.GetValue<string>() == chat.ConversationId)
                .Select(a => a["text"]?.GetValue<string>() ?? "")
                .Where(t => t.Contains(FloorGiven, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (called >= expected || DateTimeOffset.UtcNow > until)
            {
                return called;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    private static async Task<DateTimeOffset?> WaitForWaitingAsync(BenchBot bot, string cardId, int waiting, TimeSpan timeout)
    {
        try
        {
            var update = await bot.Connector.WaitForAsync(
                r => r.ActivityId == cardId && r.Route == "update" && WireCard.Waiting(WireCard.Of(r.Body)) == waiting, timeout);
            return update.At;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
