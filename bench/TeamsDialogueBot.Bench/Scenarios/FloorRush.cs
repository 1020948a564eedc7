using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>
/// Many users type `q+` within a short window (open loop: the schedule does not wait for answers), then the
/// chair calls speakers one `ack` at a time. Nobody may be lost: waiting + called = everyone who asked.
/// With several instances, request i goes to instance i mod n, the chair's acks too.
/// </summary>
public static class FloorRush
{
    private const string FloorGiven = "the floor is yours";

    public static Task<ScenarioResult> RunAsync(BenchBot bot, CostMeter meter, StorageTarget storage, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var shape = new FloorRushShape(settings.FloorUsers, settings.FloorWindow, settings.Speakers);
        return RunAsync(ScenarioKind.FloorRush, shape, bot, meter, storage, settings, run, cancellationToken);
    }

    public static async Task<ScenarioResult> RunAsync(ScenarioKind kind, FloorRushShape shape, BenchBot bot, CostMeter meter, StorageTarget storage, BenchSettings settings, int run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(settings);
        var chat = new TeamsActivities(bot.Connector.ServiceUrl, TeamsActivities.NewConversationId());
        var cardId = await PostListAsync(bot, chat, cancellationToken);
        var requests = Enumerable.Range(0, shape.Users)
            .Select(i => new LoadRequest(chat.Mention(BenchUser.Numbered(run, i), "q+")))
            .ToList();

        await meter.StartAsync(cancellationToken);
        var load = await LoadDriver.RunPacedAsync(bot.Clients, requests, shape.Window, cancellationToken);
        // Every `q+` answered 2xx must reach the card; one answered 5xx may or may not have been applied.
        var acknowledged = load.Requests - load.Failures;
        var settled = await WaitForWaitingAsync(bot, cardId, w => w >= acknowledged, settings.SettleTimeout);
        var cost = await meter.StopAsync(load.Requests, cancellationToken);

        var ackRequests = Enumerable.Range(0, shape.Speakers).Select(_ => new LoadRequest(chat.Mention(BenchBot.Chair, "ack"))).ToList();
        var acks = await LoadDriver.RunClosedLoopAsync(bot.Clients, ackRequests, concurrency: 1, cancellationToken);

        var problems = new List<string>();
        var remaining = shape.Users - shape.Speakers;
        var exact = load.Failures == 0 && acks.Failures == 0;
        // After failed requests the final count is not known beforehand; the state check below still counts who is missing.
        if (exact && await WaitForWaitingAsync(bot, cardId, w => w == remaining, settings.SettleTimeout) is null)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"the card never showed {remaining} waiting after the acks"));
        }

        // The acks were answered when decided; their announcements leave the outbox at Teams' pace.
        var called = await CountAnnouncementsAsync(bot, chat, shape.Speakers, settings.SettleTimeout, cancellationToken);
        if (called != shape.Speakers)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{called} floor announcements for {shape.Speakers} acks"));
        }

        problems.AddRange(acks.FailureSamples.Select(f => "ack failed: " + f));

        // The bot's state: `q?` reposts the card afresh from the stored list.
        var waitingInState = await WaitingInStateAsync(bot, chat, problems, cancellationToken);
        var lost = waitingInState is { } waiting ? Math.Max(0, acknowledged - (waiting + called)) : 0;

        var ackLatency = LatencySummary.From(acks.LatenciesMs);
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{shape.Speakers} acks one after another: p50 {ackLatency.P50} ms, max {ackLatency.Max} ms (each waits for its announcement to pass Teams' pacing); {acks.ServerErrors} answered 5xx"),
            string.Create(CultureInfo.InvariantCulture, $"state after the acks: {waitingInState?.ToString(CultureInfo.InvariantCulture) ?? "?"} waiting, {called} called"),
        };
        if (bot.Instances.Count > 1)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{bot.Instances.Count} instances on one database, requests round-robin: {load.ServerErrors} of {load.Requests} `q+` answered 5xx; Connector 429s {bot.Connector.Throttled}; bot CPU per instance {string.Join(" / ", cost.BotCpuSecondsPerInstance)} s"));
        }

        notes.AddRange(meter.Notes);
        var parameters = string.Create(CultureInfo.InvariantCulture, $"users={shape.Users} window={shape.Window.TotalSeconds}s acks={shape.Speakers} instances={bot.Instances.Count}");
        return Measurements.Result(kind, storage, parameters, bot, load, cost, settled, lost, problems, notes);
    }

    // The check itself may meet a 5xx where the hosts answer some (issue 15): asked again, as Teams redelivers,
    // and reported as a problem rather than ending the run without its figures if it never succeeds.
    private static async Task<int?> WaitingInStateAsync(BenchBot bot, TeamsActivities chat, List<string> problems, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var stateCard = await PostListAsync(bot, chat, cancellationToken);
                return WireCard.Waiting(bot.Connector.LastCardFor(stateCard)) ?? 0;
            }
            catch (InvalidOperationException e) when (attempt < Attempts)
            {
                problems.Add($"`q?` for the state check failed, asked again: {e.Message}");
            }
            catch (InvalidOperationException e)
            {
                problems.Add($"the state could not be read ({Attempts} × `q?` failed), so lost is not known: {e.Message}");
                return null;
            }
        }
    }

    private static async Task<string> PostListAsync(BenchBot bot, TeamsActivities chat, CancellationToken cancellationToken)
    {
        var before = bot.Connector.Requests.Count;
        await LoadDriver.SendOneAsync(bot.Client, chat.Mention(BenchBot.Chair, "q?"), cancellationToken);
        // The turn answers once decided; the card follows from the outbox.
        var sent = await bot.Connector.WaitForAsync(
            r => r.Route == "send" && r.Status < 300 && r.ConversationId == chat.ConversationId && WireCard.Of(r.Body) is not null,
            TimeSpan.FromSeconds(30),
            before);
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

    private static async Task<DateTimeOffset?> WaitForWaitingAsync(BenchBot bot, string cardId, Func<int, bool> waiting, TimeSpan timeout)
    {
        try
        {
            var update = await bot.Connector.WaitForAsync(
                r => r.ActivityId == cardId && r.Route == "update" && WireCard.Waiting(WireCard.Of(r.Body)) is { } shown && waiting(shown), timeout);
            return update.At;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
