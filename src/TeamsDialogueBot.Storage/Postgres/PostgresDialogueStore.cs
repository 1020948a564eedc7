using Npgsql;
using NpgsqlTypes;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Postgres;

public sealed class PostgresDialogueStore(PostgresDatabase database, TimeProvider time) : IDialogueStore
{
    public async Task<Dialogue?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM dialogues WHERE conversation_id = @id");
        command.Parameters.AddWithValue("id", conversationId);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : Dialogue.Restore(StorageJson.Read<DialogueSnapshot>(data));
    }

    public async Task SaveAsync(Dialogue dialogue, long expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        // The version guard makes a concurrent writer's statement touch no row: the loser re-reads and retries.
        await using var command = database.DataSource.CreateCommand(expectedVersion == 0
            ? "INSERT INTO dialogues (conversation_id, version, data, updated_at) VALUES (@id, @version, @data, @now) ON CONFLICT DO NOTHING"
            : "UPDATE dialogues SET version = @version, data = @data, updated_at = @now WHERE conversation_id = @id AND version = @expected");
        command.Parameters.AddWithValue("id", dialogue.ConversationId);
        command.Parameters.AddWithValue("version", dialogue.Version);
        command.Parameters.AddWithValue("expected", expectedVersion);
        command.Parameters.AddWithValue("data", NpgsqlDbType.Jsonb, StorageJson.Write(dialogue.ToSnapshot()));
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        if (await command.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ConcurrencyConflictException($"Dialogue {dialogue.ConversationId} changed since version {expectedVersion}.");
        }
    }
}
