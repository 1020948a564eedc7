namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>One write of a PostgreSQL group commit: its statements are committed together or not at all.</summary>
/// <param name="LockOrder">
/// Writes of a batch run in this order (ordinal; equal keys keep their arrival order). Two instances' batches that lock
/// the same rows then lock them in the same order and can't deadlock: votes use the voter's key (all a vote locks
/// belongs to its voter), a turn's change set its conversation.
/// </param>
public sealed record PostgresWrite(IReadOnlyList<PostgresStatement> Statements, string LockOrder = "")
{
    public PostgresWrite(PostgresStatement statement, string lockOrder = "")
        : this([statement], lockOrder)
    {
    }
}
