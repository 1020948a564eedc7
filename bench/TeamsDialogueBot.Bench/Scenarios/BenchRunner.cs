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
            var result = kind switch
            {
                ScenarioKind.VoteStorm => await VoteStorm.RunAsync(bot, storage, settings, run, cancellationToken),
                ScenarioKind.FloorRush => await FloorRush.RunAsync(bot, storage, settings, run, cancellationToken),
                ScenarioKind.ManyMeetings => await ManyMeetings.RunAsync(bot, storage, settings, run, cancellationToken),
                ScenarioKind.FloorRushThreeInstances => await FloorRush.RunAsync(kind, settings.ClusterFloor, bot, storage, settings, run, cancellationToken),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown scenario."),
            };
            return result with { Notes = [ReferenceJob.Describe(reference), .. result.Notes] };
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException)
        {
            throw new InvalidOperationException($"{kind} on {storage.Name} failed: {e.Message}\nBot output:\n{Tail(bot.Process.Output)}", e);
        }
    }

    private static string Tail(string output) => output.Length <= 4000 ? output : output[^4000..];
}
