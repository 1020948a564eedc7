using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Domain.Reports;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Report links on SQLite; instants are UTC round-trip text, so comparing the text compares the times.</summary>
public sealed class SqliteReportLinks(SqliteDatabase database) : IReportLinks
{
    private const string Columns = "token_hash, conversation_id, item_index, created_at, expires_at, revoked_at";

    public async Task<StoredReport?> FindLiveAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns}, report FROM report_links WHERE token_hash = $hash AND revoked_at IS NULL AND expires_at > $now";
        command.Parameters.AddWithValue("$hash", tokenHash);
        command.Parameters.AddWithValue("$now", StorageTime.Text(now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredReport(Link(reader), reader.GetString(6)) : null;
    }

    public async Task<IReadOnlyList<ReportLink>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM report_links WHERE conversation_id = $c ORDER BY created_at, token_hash";
        command.Parameters.AddWithValue("$c", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var links = new List<ReportLink>();
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(Link(reader));
        }

        return links;
    }

    private static ReportLink Link(SqliteDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetInt32(2),
            StorageTime.Parse(reader.GetString(3)),
            StorageTime.Parse(reader.GetString(4)))
        {
            RevokedAt = reader.IsDBNull(5) ? null : StorageTime.Parse(reader.GetString(5)),
        };
}
