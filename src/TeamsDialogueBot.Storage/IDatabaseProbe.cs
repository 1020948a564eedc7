namespace TeamsDialogueBot.Storage;

/// <summary>A real round trip to the configured database, for health checks.</summary>
public interface IDatabaseProbe
{
    /// <summary>
    /// Completes when the database answered a query and would let a writer in within <paramref name="timeout"/>;
    /// throws otherwise (locked, unreachable, out of disk).
    /// </summary>
    Task ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken);
}
