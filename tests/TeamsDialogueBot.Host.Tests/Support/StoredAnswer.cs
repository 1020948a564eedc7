using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>A poll answer as the host stored it, read straight from its SQLite file (the store has no such query).</summary>
public sealed record StoredAnswer(string VoterKey, IReadOnlyList<string> Choices, int? Rating, string? Text)
{
    public static async Task<IReadOnlyList<StoredAnswer>> ReadAsync(string databasePath, string conversationId, string pollId)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT voter_key, data FROM poll_answers WHERE conversation_id = $c AND poll_id = $p ORDER BY answered_at";
        command.Parameters.AddWithValue("$c", conversationId);
        command.Parameters.AddWithValue("$p", pollId);
        var answers = new List<StoredAnswer>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            using var data = JsonDocument.Parse(reader.GetString(1));
            var root = data.RootElement;
            answers.Add(new StoredAnswer(
                reader.GetString(0),
                root.TryGetProperty("choices", out var c) ? [.. c.EnumerateArray().Select(e => e.GetString()!)] : [],
                root.TryGetProperty("rating", out var r) ? r.GetInt32() : null,
                root.TryGetProperty("text", out var t) ? t.GetString() : null));
        }

        return answers;
    }
}
