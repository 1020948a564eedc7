using System.Globalization;
using TeamsDialogueBot.Bench.Cost;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Reporting;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>Runs one scenario against a freshly started bot, so start-up and peak memory belong to that scenario alone.</summary>
public static class BenchRunner
{
    public static async Task<ScenarioResult> RunAsync(ScenarioKind kind, StorageTarget storage, BenchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = Random.Shared.Next();
        if (settings.SqliteDirectory is { } directory && storage.PostgresConnection is null)
        {
            storage = storage with { Name = "sqlite@" + directory };
        }

        var reference = ReferenceJob.MeasureMs();
        var instances = kind == ScenarioKind.FloorRushThreeInstances ? 3 : 1;
        await using var bot = await BenchBot.StartAsync(storage, Math.Max(settings.Concurrency, 64), settings.SqliteDirectory, instances, cancellationToken);
        try
        {
            // The event sessions go on before anything is measured, and the bot is left to finish what its start and
            // their attaching set off (CostMeter says why); a cold scenario still meets code no request has run yet.
            await using var meter = await CostMeter.AttachAsync(bot, cancellationToken);
            var quiet = await QuietBot.WaitAsync(bot, cancellationToken);
            var result = kind switch
            {
                ScenarioKind.VoteStorm => await VoteStorm.RunAsync(bot, meter, storage, settings, run, cancellationToken),
                ScenarioKind.FloorRush => await FloorRush.RunAsync(bot, meter, storage, settings, run, cancellationToken),
                ScenarioKind.ManyMeetings => await ManyMeetings.RunAsync(bot, meter, storage, settings, run, cancellationToken),
                ScenarioKind.FloorRushThreeInstances => await FloorRush.RunAsync(kind, settings.ClusterFloor, bot, meter, storage, settings, run, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown scenario."),
            };
            var started = string.Create(CultureInfo.InvariantCulture, $"after start-up and attaching the event sessions: {quiet.TotalSeconds:0.0} s until the bot was quiet");
            return result with { Notes = [ReferenceJob.Describe(reference), started, .. result.Notes] };
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            throw new InvalidOperationException($"{kind} on {storage.Name} failed: {e.Message}\nBot output:\n{Tail(bot.Process.Output)}", e);
        }
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];
}
