using System.Globalization;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Scenarios;

namespace TeamsDialogueBot.Bench;

/// <summary>The command line: which scenarios, which storages, and the sizes.</summary>
public sealed record BenchArguments(IReadOnlyList<ScenarioKind> Scenarios, IReadOnlyList<StorageTarget> Storages, BenchSettings Settings, string? OutputDirectory)
{
    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        var scenarios = values.GetValueOrDefault("scenario", "all").ToUpperInvariant() switch
        {
            "VOTE" => [ScenarioKind.VoteStorm],
            "FLOOR" => [ScenarioKind.FloorRush],
            "MEETINGS" => [ScenarioKind.ManyMeetings],
            _ => new[] { ScenarioKind.VoteStorm, ScenarioKind.FloorRush, ScenarioKind.ManyMeetings },
        };
        var postgres = values.GetValueOrDefault("postgres");
        var storages = values.GetValueOrDefault("storage", "sqlite").ToUpperInvariant() switch
        {
            "POSTGRES" => [StorageTarget.Postgres(postgres ?? throw new ArgumentException("--storage postgres needs --postgres \"<connection string>\"."))],
            "BOTH" => new[] { StorageTarget.Sqlite, StorageTarget.Postgres(postgres ?? throw new ArgumentException("--storage both needs --postgres \"<connection string>\".")) },
            _ => [StorageTarget.Sqlite],
        };
        var settings = new BenchSettings();
        if (values.TryGetValue("voters", out var voters))
        {
            settings = settings with { Voters = int.Parse(voters, CultureInfo.InvariantCulture) };
        }

        if (values.TryGetValue("concurrency", out var concurrency))
        {
            settings = settings with { Concurrency = int.Parse(concurrency, CultureInfo.InvariantCulture) };
        }

        if (values.TryGetValue("warmup", out var warmup))
        {
            settings = settings with { WarmupVotes = int.Parse(warmup, CultureInfo.InvariantCulture) };
        }

        if (values.TryGetValue("sqlite-dir", out var sqliteDirectory))
        {
            settings = settings with { SqliteDirectory = sqliteDirectory };
        }

        return new BenchArguments(scenarios, storages, settings, values.GetValueOrDefault("out"));
    }
}
