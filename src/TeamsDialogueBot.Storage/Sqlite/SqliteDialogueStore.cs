using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Sqlite;

public sealed class SqliteDialogueStore(SqliteDatabase database) : IDialogueStore
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
}
