using Npgsql;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>One statement of a PostgreSQL group commit.</summary>
/// <param name="Bind">Adds the statement's parameters; called again should the statement be retried.</param>
/// <param name="ReturnsRow">
/// The statement returns one row (a RETURNING or SELECT) whose first column is its result; otherwise the result is
/// the number of rows it changed.
/// </param>
/// <param name="LockOrder">
/// Statements of a batch run in this order (ordinal; equal keys keep their arrival order). Two instances' batches that
/// lock the same rows then lock them in the same order and can't deadlock: votes use the voter's key, since all a vote
/// locks belongs to its voter.
/// </param>
public sealed record PostgresWrite(string Sql, Action<NpgsqlParameterCollection> Bind, bool ReturnsRow = false, string LockOrder = "");
