using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Sqlite;

public sealed class SqliteDisplayTokens(SqliteDatabase database) : IDisplayTokens
{
    public Task<string?> FindTokenAsync(string conversationId, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT token FROM display_tokens WHERE conversation_id = $v", conversationId, cancellationToken);

    public Task<string?> FindConversationAsync(string token, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT conversation_id FROM display_tokens WHERE token = $v", token, cancellationToken);

    private async Task<string?> ScalarAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$v", value);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
