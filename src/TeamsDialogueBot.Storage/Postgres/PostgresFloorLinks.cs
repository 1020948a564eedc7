using System.Text.Json;
using NpgsqlTypes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Floor links on PostgreSQL: one row per dialogue; written only as a <c>StagedWrite.SaveFloorLink</c>.</summary>
public sealed class PostgresFloorLinks(PostgresDatabase database) : IFloorLinks
{
    private const string Columns = "conversation_id, token, is_on, version, data::text";

    public Task<FloorLink?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        FindWhereAsync("conversation_id = @v", conversationId, cancellationToken);

    public Task<FloorLink?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        FindWhereAsync("token = @v", token, cancellationToken);

    internal static PostgresStatement Save(FloorLink link, long expected, DateTimeOffset now) => PostgresStagedWrites.Guarded(
        expected == 0
            ? "INSERT INTO floor_links (conversation_id, token, is_on, version, data, updated_at) VALUES (@c, @t, @on, @v, @data, @now) ON CONFLICT DO NOTHING"
            : "UPDATE floor_links SET token = @t, is_on = @on, version = @v, data = @data, updated_at = @now WHERE conversation_id = @c AND version = @expected",
        "floor link " + link.ConversationId,
        x =>
        {
            x.AddWithValue("c", link.ConversationId);
            x.AddWithValue("t", link.Token ?? throw new ArgumentException("A floor link is stored only once it has a token.", nameof(link)));
            x.AddWithValue("on", link.IsOn);
            x.AddWithValue("v", link.Version);
            x.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(link.Reference));
            x.AddWithValue("now", now);
            x.AddWithValue("expected", expected);
        });

    private async Task<FloorLink?> FindWhereAsync(string where, string value, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM floor_links WHERE {where}");
        command.Parameters.AddWithValue("v", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? FloorLink.Restore(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt64(3), JsonSerializer.Deserialize<ConversationReference>(reader.GetString(4), StorageJson.Options))
            : null;
    }
}
