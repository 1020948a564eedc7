using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Postgres;

public sealed class PostgresDialogueStore(PostgresDatabase database) : IDialogueStore
{
    public async Task<Dialogue?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM dialogues WHERE conversation_id = @id");
        command.Parameters.AddWithValue("id", conversationId);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : Dialogue.Restore(StorageJson.Read<DialogueSnapshot>(data));
    }
}
