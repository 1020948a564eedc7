using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Postgres;

public sealed class PostgresDisplayTokens(PostgresDatabase database, TimeProvider time) : IDisplayTokens
{
    public async Task<string> GetOrCreateAsync(string conversationId, string candidate, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(candidate);
        await using (var insert = database.DataSource.CreateCommand(
            "INSERT INTO display_tokens (conversation_id, token, created_at) VALUES (@c, @t, @at) ON CONFLICT (conversation_id) DO NOTHING"))
        {
            insert.Parameters.AddWithValue("c", conversationId);
            insert.Parameters.AddWithValue("t", candidate);
            insert.Parameters.AddWithValue("at", time.GetUtcNow());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var read = database.DataSource.CreateCommand("SELECT token FROM display_tokens WHERE conversation_id = @c");
        read.Parameters.AddWithValue("c", conversationId);
        return (string)(await read.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT 1 FROM display_tokens WHERE conversation_id = @c");
        command.Parameters.AddWithValue("c", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<string?> FindConversationAsync(string token, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT conversation_id FROM display_tokens WHERE token = @t");
        command.Parameters.AddWithValue("t", token);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
