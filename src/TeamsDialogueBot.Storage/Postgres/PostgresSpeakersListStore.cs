using System.Globalization;
using NpgsqlTypes;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>
/// Speakers' lists as JSON snapshots, one row per conversation and agenda item, guarded by their
/// version: two instances saving the same read both reach the database, and exactly one wins.
/// </summary>
public sealed class PostgresSpeakersListStore(PostgresDatabase database, PostgresWriteBatcher writes, TimeProvider time) : ISpeakersListStore
{
    public async Task<SpeakersList?> FindAsync(string conversationId, int itemIndex, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM speakers_lists WHERE conversation_id = @id AND item_index = @item");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("item", itemIndex);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : SpeakersList.FromSnapshot(StorageJson.Read<SpeakersListSnapshot>(data));
    }

    public async Task SaveAsync(SpeakersList list, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var data = StorageJson.Write(list.ToSnapshot());
        var now = time.GetUtcNow();
        // Group-committed with the votes and activity records arriving at the same moment (a rush of hands).
        var sql = expectedVersion == 0
            ? """
              INSERT INTO speakers_lists (conversation_id, item_index, version, data, updated_at)
              VALUES (@id, @item, @version, @data, @now) ON CONFLICT DO NOTHING
              """
            : """
              UPDATE speakers_lists SET version = @version, data = @data, updated_at = @now
              WHERE conversation_id = @id AND item_index = @item AND version = @expected
              """;
        var changed = await writes.ExecuteAsync(
            new PostgresWrite(
                sql,
                parameters =>
                {
                    parameters.AddWithValue("id", list.ConversationId);
                    parameters.AddWithValue("item", list.ItemIndex);
                    parameters.AddWithValue("version", list.Version);
                    parameters.AddWithValue("expected", expectedVersion);
                    parameters.AddWithValue("data", NpgsqlDbType.Jsonb, data);
                    parameters.AddWithValue("now", now);
                },
                LockOrder: string.Create(CultureInfo.InvariantCulture, $"list:{list.ConversationId}:{list.ItemIndex}")),
            cancellationToken);
        if (changed != 1)
        {
            throw new ConcurrencyConflictException(
                string.Create(CultureInfo.InvariantCulture, $"Speakers' list {list.ConversationId}#{list.ItemIndex} changed since version {expectedVersion}."));
        }
    }

    public async Task<string?> FindCardAsync(string conversationId, int itemIndex, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT card_activity_id FROM speakers_lists WHERE conversation_id = @id AND item_index = @item");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("item", itemIndex);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SaveCardAsync(string conversationId, int itemIndex, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        await using var command = database.DataSource.CreateCommand("UPDATE speakers_lists SET card_activity_id = @card WHERE conversation_id = @id AND item_index = @item");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("item", itemIndex);
        command.Parameters.AddWithValue("card", activityId);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Speakers' list {conversationId}#{itemIndex} must be saved before its card."));
        }
    }
}
