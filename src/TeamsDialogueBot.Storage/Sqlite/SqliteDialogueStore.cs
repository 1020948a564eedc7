using System.Globalization;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Sqlite;

public sealed class SqliteDialogueStore(SqliteDatabase database, TimeProvider time) : IDialogueStore
{
    public async Task<Dialogue?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data FROM dialogues WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : Dialogue.Restore(StorageJson.Read<DialogueSnapshot>(data));
    }

    public async Task SaveAsync(Dialogue dialogue, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Insert-or-update guarded by the version read: a concurrent writer makes this touch 0 rows.
        command.CommandText = expectedVersion == 0
            ? "INSERT INTO dialogues (conversation_id, version, data, updated_at) VALUES ($id, $version, $data, $now) ON CONFLICT DO NOTHING"
            : "UPDATE dialogues SET version = $version, data = $data, updated_at = $now WHERE conversation_id = $id AND version = $expected";
        command.Parameters.AddWithValue("$id", dialogue.ConversationId);
        command.Parameters.AddWithValue("$version", dialogue.Version);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        command.Parameters.AddWithValue("$data", StorageJson.Write(dialogue.ToSnapshot()));
        command.Parameters.AddWithValue("$now", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyConflictException($"Dialogue {dialogue.ConversationId} changed since version {expectedVersion}.");
        }
    }
}
