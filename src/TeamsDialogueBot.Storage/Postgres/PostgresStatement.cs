using Npgsql;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>One statement of a <see cref="PostgresWrite"/>.</summary>
/// <param name="Bind">Adds the statement's parameters; called again should the statement be retried.</param>
/// <param name="ReturnsRow">
/// The statement returns one row whose first column is an integer; the write's result is that of its last such
/// statement, or else the number of rows its last statement changed.
/// </param>
public sealed record PostgresStatement(string Sql, Action<NpgsqlParameterCollection> Bind, bool ReturnsRow = false);
