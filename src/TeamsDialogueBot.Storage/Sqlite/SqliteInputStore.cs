using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Inputs;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Inputs as JSON snapshots, one row each, and the items' windows for inputs.</summary>
public sealed class SqliteInputStore(SqliteDatabase database) : IInputStore
{
    public async Task<Input?> FindAsync(string conversationId, InputId id, CancellationToken cancellationToken)
    {
        var rows = await ReadAsync("SELECT data FROM inputs WHERE conversation_id = $c AND input_id = $id", conversationId, cancellationToken, ("$id", id.Value));
        return rows.Count == 0 ? null : Input.FromSnapshot(StorageJson.Read<InputSnapshot>(rows[0]));
    }

    public async Task<IReadOnlyList<Input>> ListAsync(string conversationId, int? itemIndex, CancellationToken cancellationToken)
    {
        var rows = itemIndex is { } item
            ? await ReadAsync("SELECT data FROM inputs WHERE conversation_id = $c AND item_index = $item ORDER BY sequence", conversationId, cancellationToken, ("$item", item))
            : await ReadAsync("SELECT data FROM inputs WHERE conversation_id = $c ORDER BY sequence", conversationId, cancellationToken);
        return [.. rows.Select(r => Input.FromSnapshot(StorageJson.Read<InputSnapshot>(r)))];
    }

    public async Task<int> LastSequenceAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(sequence), 0) FROM inputs WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<InputWindow>> WindowsAsync(string conversationId, CancellationToken cancellationToken) =>
        [.. (await ReadAsync("SELECT data FROM input_windows WHERE conversation_id = $c ORDER BY item_index", conversationId, cancellationToken))
            .Select(r => InputWindow.FromSnapshot(StorageJson.Read<InputWindowSnapshot>(r)))];

    private async Task<List<string>> ReadAsync(string sql, string conversationId, CancellationToken cancellationToken, params (string Name, object Value)[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", conversationId);
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var rows = new List<string>();
        await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
