using System.Globalization;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Sqlite;

public sealed class SqliteDisplayTokens(SqliteDatabase database, TimeProvider time) : IDisplayTokens
{
    public async Task<string> GetOrCreateAsync(string conversationId, string candidate, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(candidate);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO display_tokens (conversation_id, token, created_at) VALUES ($c, $t, $at) ON CONFLICT (conversation_id) DO NOTHING;
            SELECT token FROM display_tokens WHERE conversation_id = $c;
            """;
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$t", candidate);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM display_tokens WHERE conversation_id = $c";
        command.Parameters.AddWithValue("$c", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<string?> FindConversationAsync(string token, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id FROM display_tokens WHERE token = $t";
        command.Parameters.AddWithValue("$t", token);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
