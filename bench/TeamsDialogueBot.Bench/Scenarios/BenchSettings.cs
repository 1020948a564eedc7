namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>Sizes of the three loads; the defaults are the issue's. Everything is bounded in count and time.</summary>
public sealed record BenchSettings
{
    public int Voters { get; init; } = 5_000;
    public int Concurrency { get; init; } = 64;
    public int FloorUsers { get; init; } = 300;
    public TimeSpan FloorWindow { get; init; } = TimeSpan.FromSeconds(2);
    public int Speakers { get; init; } = 20;
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
        FloorUsers = 30,
        FloorWindow = TimeSpan.FromMilliseconds(500),
        Speakers = 3,
        Meetings = 3,
        VotersPerMeeting = 10,
    };
}
