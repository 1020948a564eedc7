using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>
/// The connection and transaction of one batch of the group-committing writer, with the batch's prepared statements.
/// </summary>
/// <remarks>
/// Microsoft.Data.Sqlite parses and prepares a command's SQL again whenever a new command (or new CommandText) runs
/// it: in a vote storm that was SQLite's parser for two statements per vote, the largest part of the store's CPU
/// (bench/README, issue 17). A command kept per statement text for the batch is prepared once and only re-bound.
/// </remarks>
public sealed class SqliteWriteSession : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    internal SqliteWriteSession(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    /// <summary>A new command in the batch's transaction; the caller disposes it.</summary>
    public SqliteCommand NewCommand()
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        return command;
    }

    /// <summary>
    /// The batch's command for <paramref name="sql"/>, prepared at its first use in the batch, with the parameters
    /// named in <paramref name="parameterNames"/>; set their values by index, in the same order, before executing it.
    /// </summary>
    public SqliteCommand Prepared(string sql, params ReadOnlySpan<string> parameterNames)
    {
        ArgumentNullException.ThrowIfNull(sql);
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = NewCommand();
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            _prepared.Add(sql, command);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync();
        }

        _prepared.Clear();
    }
}
