using System.Globalization;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Scenarios;

namespace TeamsDialogueBot.Bench;

/// <summary>The command line: which scenarios, which storages, the sizes, and how many runs of each.</summary>
public sealed record BenchArguments(IReadOnlyList<ScenarioKind> Scenarios, IReadOnlyList<StorageTarget> Storages, BenchSettings Settings, string? OutputDirectory)
{
    /// <summary>Every scenario is run this many times, interleaved (all scenarios once, then again), for the spread.</summary>
    public int Runs { get; init; } = 1;

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var postgres = values.GetValueOrDefault("postgres");
        var storages = values.GetValueOrDefault("storage", "sqlite").ToUpperInvariant() switch
        {
            "POSTGRES" => [StorageTarget.Postgres(postgres ?? throw new ArgumentException("--storage postgres needs --postgres \"<connection string>\"."))],
            "BOTH" => new[] { StorageTarget.Sqlite, StorageTarget.Postgres(postgres ?? throw new ArgumentException("--storage both needs --postgres \"<connection string>\".")) },
            _ => [StorageTarget.Sqlite],
        };
        var scenarios = ParseScenarios(values.GetValueOrDefault("scenario", "all"), storages);
        var settings = new BenchSettings();
        if (values.TryGetValue("voters", out var voters))
        {
            settings = settings with { Voters = Number(voters) };
        }

        if (values.TryGetValue("meetings", out var meetings))
        {
            settings = settings with { Meetings = Number(meetings) };
        }

        if (values.TryGetValue("voters-per-meeting", out var perMeeting))
        {
            settings = settings with { VotersPerMeeting = Number(perMeeting) };
        }

        if (values.TryGetValue("concurrency", out var concurrency))
        {
            settings = settings with { Concurrency = Number(concurrency) };
        }

        if (values.TryGetValue("loadgen", out var generator))
        {
            settings = settings with
            {
                LoadGenerator = generator.ToUpperInvariant() switch
                {
                    "BENCH" => LoadGeneratorKind.Bench,
                    "NODE" => LoadGeneratorKind.Node,
                    _ => throw new ArgumentException($"Unknown load generator '{generator}': bench or node."),
                },
            };
        }

        if (values.TryGetValue("warmup", out var warmup))
        {
            settings = settings with { WarmupVotes = Number(warmup) };
        }

        if (values.TryGetValue("sqlite-dir", out var sqliteDirectory))
        {
            settings = settings with { SqliteDirectory = sqliteDirectory };
        }

        var runs = values.TryGetValue("runs", out var count) ? Number(count) : 1;
        if (runs < 1)
        {
            throw new ArgumentException("--runs must be at least 1.");
        }

        return new BenchArguments(scenarios, storages, settings, values.GetValueOrDefault("out")) { Runs = runs };
    }

    /// <summary>Whether a scenario runs on a storage: several instances need a database they can share.</summary>
    public static bool Applies(ScenarioKind kind, StorageTarget storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return kind != ScenarioKind.FloorRushThreeInstances || storage.PostgresConnection is not null;
    }

    // "vote,floor3" or "all"; "all" takes the three-instance floor rush only where PostgreSQL is among the storages.
    private static List<ScenarioKind> ParseScenarios(string names, IReadOnlyList<StorageTarget> storages)
    {
        var kinds = new List<ScenarioKind>();
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds.AddRange(name.ToUpperInvariant() switch
            {
                "VOTE" => [ScenarioKind.VoteStorm],
                "FLOOR" => [ScenarioKind.FloorRush],
                "MEETINGS" => [ScenarioKind.ManyMeetings],
                "FLOOR3" => [ScenarioKind.FloorRushThreeInstances],
                "ALL" => storages.Any(s => s.PostgresConnection is not null)
                    ? [ScenarioKind.VoteStorm, ScenarioKind.FloorRush, ScenarioKind.ManyMeetings, ScenarioKind.FloorRushThreeInstances]
                    : new[] { ScenarioKind.VoteStorm, ScenarioKind.FloorRush, ScenarioKind.ManyMeetings },
                _ => throw new ArgumentException($"Unknown scenario '{name}': vote, floor, meetings, floor3 or all."),
            });
        }

        if (kinds.Contains(ScenarioKind.FloorRushThreeInstances) && !storages.Any(s => s.PostgresConnection is not null))
        {
            throw new ArgumentException("--scenario floor3 runs three instances on one PostgreSQL database: add --storage postgres --postgres \"<connection string>\".");
        }

        return [.. kinds.Distinct()];
    }

    private static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
