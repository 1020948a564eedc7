using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Postgres;

public sealed class PostgresDisplayTokens(PostgresDatabase database) : IDisplayTokens
{
    public Task<string?> FindTokenAsync(string conversationId, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT token FROM display_tokens WHERE conversation_id = @v", conversationId, cancellationToken);

    public Task<string?> FindConversationAsync(string token, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT conversation_id FROM display_tokens WHERE token = @v", token, cancellationToken);

    private async Task<string?> ScalarAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("v", value);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
