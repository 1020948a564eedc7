namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>Sizes of the three loads; the defaults are the issue's. Everything is bounded in count and time.</summary>
public sealed record BenchSettings
{
    public int Voters { get; init; } = 5_000;
    public int Concurrency { get; init; } = 64;

    /// <summary>
    /// What sends the vote storm: the bench's own .NET client, or Node.js's (<c>--loadgen node</c>, an independent load
    /// generator as the issue 17 reporter used; <see cref="Load.NodeLoadGenerator"/>).
    /// </summary>
    public LoadGeneratorKind LoadGenerator { get; init; } = LoadGeneratorKind.Bench;

    /// <summary>
    /// Votes sent to a poll in another chat before the storm is measured, so the storm meets a bot whose hot
    /// paths the JIT has already optimised (tiered compilation takes a quarter of both cores in the first
    /// seconds), as in a meeting where the bot has served the agenda and the speakers' list first.
    /// </summary>
    public int WarmupVotes { get; init; } = 3_000;
    public int FloorUsers { get; init; } = 300;
    public TimeSpan FloorWindow { get; init; } = TimeSpan.FromSeconds(2);
    public int Speakers { get; init; } = 20;

    /// <summary>The floor rush across instances (issue 15): 150 `q+` within 2 s, 15 `ack`, on three instances.</summary>
    public FloorRushShape ClusterFloor { get; init; } = new(150, TimeSpan.FromSeconds(2), 15);
    public int Meetings { get; init; } = 100;
    public int VotersPerMeeting { get; init; } = 50;

    /// <summary>
    /// Folder for the SQLite file; null: a temp folder on disk. /dev/shm (tmpfs, fsync costs nothing) isolates
    /// what the disk's fsync costs the vote path.
    /// </summary>
    public string? SqliteDirectory { get; init; }

    /// <summary>How long a card may take to show the final state before the run calls it lost.</summary>
    public TimeSpan SettleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A tiny version of every scenario, for the smoke test.</summary>
    public static BenchSettings Tiny { get; } = new()
    {
        Voters = 50,
        Concurrency = 8,
        WarmupVotes = 20,
        FloorUsers = 30,
        FloorWindow = TimeSpan.FromMilliseconds(500),
        Speakers = 3,
        ClusterFloor = new(30, TimeSpan.FromMilliseconds(500), 3),
        Meetings = 3,
        VotersPerMeeting = 10,
    };
}
