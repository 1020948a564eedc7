using System.Text.Json;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Floor links on SQLite: one row per dialogue; written only as a <c>StagedWrite.SaveFloorLink</c>.</summary>
public sealed class SqliteFloorLinks(SqliteDatabase database) : IFloorLinks
{
    private const string Columns = "conversation_id, token, is_on, version, data";

    public Task<FloorLink?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        FindWhereAsync("conversation_id = $v", conversationId, cancellationToken);

    public Task<FloorLink?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        FindWhereAsync("token = $v", token, cancellationToken);

    internal static async Task SaveAsync(SqliteCommand command, FloorLink link, long expected, string now, CancellationToken cancellationToken)
    {
        var changed = await SqliteStatement.ExecuteAsync(
            command,
            expected == 0
                ? "INSERT INTO floor_links (conversation_id, token, is_on, version, data, updated_at) VALUES ($c, $t, $on, $v, $data, $now) ON CONFLICT DO NOTHING"
                : "UPDATE floor_links SET token = $t, is_on = $on, version = $v, data = $data, updated_at = $now WHERE conversation_id = $c AND version = $expected",
            cancellationToken,
            ("$c", link.ConversationId),
            ("$t", link.Token ?? throw new ArgumentException("A floor link is stored only once it has a token.", nameof(link))),
            ("$on", link.IsOn ? 1 : 0),
            ("$v", link.Version),
            ("$data", StorageJson.Write(link.Reference)),
            ("$now", now),
            ("$expected", expected));
        SqliteStagedWrites.Expect(changed, "floor link " + link.ConversationId);
    }

    private async Task<FloorLink?> FindWhereAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM floor_links WHERE {where}";
        command.Parameters.AddWithValue("$v", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? FloorLink.Restore(reader.GetString(0), reader.GetString(1), reader.GetInt64(2) != 0, reader.GetInt64(3), JsonSerializer.Deserialize<ConversationReference>(reader.GetString(4), StorageJson.Options))
            : null;
    }
}
