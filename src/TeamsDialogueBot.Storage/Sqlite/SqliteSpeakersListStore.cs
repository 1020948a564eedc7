using System.Globalization;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Speakers' lists as JSON snapshots, one row per conversation and agenda item, guarded by their version.</summary>
public sealed class SqliteSpeakersListStore(SqliteDatabase database, SqliteWriteBatcher writes, TimeProvider time) : ISpeakersListStore
{
    public async Task<SpeakersList?> FindAsync(string conversationId, int itemIndex, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM speakers_lists WHERE conversation_id = $id AND item_index = $item";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$item", itemIndex);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : SpeakersList.FromSnapshot(StorageJson.Read<SpeakersListSnapshot>(data));
    }

    public async Task SaveAsync(SpeakersList list, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        var data = StorageJson.Write(list.ToSnapshot());
        var now = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        // Through the one writer that group-commits votes and activity records: in a rush of hands these saves
        // share their commit (and fsync) with the rest instead of queueing for SQLite's write lock.
        var changed = await writes.ExecuteAsync(
            (command, ct) =>
            {
                // Insert-or-update guarded by the version read: a concurrent writer makes this touch 0 rows.
                command.CommandText = expectedVersion == 0
                    ? """
                      INSERT INTO speakers_lists (conversation_id, item_index, version, data, updated_at)
                      VALUES ($id, $item, $version, $data, $now) ON CONFLICT DO NOTHING
                      """
                    : """
                      UPDATE speakers_lists SET version = $version, data = $data, updated_at = $now
                      WHERE conversation_id = $id AND item_index = $item AND version = $expected
                      """;
                command.Parameters.AddWithValue("$id", list.ConversationId);
                command.Parameters.AddWithValue("$item", list.ItemIndex);
                command.Parameters.AddWithValue("$version", list.Version);
                command.Parameters.AddWithValue("$expected", expectedVersion);
                command.Parameters.AddWithValue("$data", data);
                command.Parameters.AddWithValue("$now", now);
                return command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
        if (changed != 1)
        {
            throw new ConcurrencyConflictException(
                string.Create(CultureInfo.InvariantCulture, $"Speakers' list {list.ConversationId}#{list.ItemIndex} changed since version {expectedVersion}."));
        }
    }

    public async Task<string?> FindCardAsync(string conversationId, int itemIndex, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT card_activity_id FROM speakers_lists WHERE conversation_id = $id AND item_index = $item";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$item", itemIndex);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task SaveCardAsync(string conversationId, int itemIndex, string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE speakers_lists SET card_activity_id = $card WHERE conversation_id = $id AND item_index = $item";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$item", itemIndex);
        command.Parameters.AddWithValue("$card", activityId);
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"Speakers' list {conversationId}#{itemIndex} must be saved before its card."));
        }
    }
}
