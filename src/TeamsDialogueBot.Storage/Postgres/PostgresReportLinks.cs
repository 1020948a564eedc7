using Npgsql;
using TeamsDialogueBot.Domain.Reports;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Report links on PostgreSQL.</summary>
public sealed class PostgresReportLinks(PostgresDatabase database) : IReportLinks
{
    private const string Columns = "token_hash, conversation_id, item_index, created_at, expires_at, revoked_at";

    public async Task<StoredReport?> FindLiveAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand(
            $"SELECT {Columns}, report FROM report_links WHERE token_hash = @hash AND revoked_at IS NULL AND expires_at > @now");
        command.Parameters.AddWithValue("hash", tokenHash);

        // UTC: Npgsql refuses a DateTimeOffset with another offset for timestamptz.
        command.Parameters.AddWithValue("now", now.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new StoredReport(Link(reader), reader.GetString(6)) : null;
    }

    public async Task<IReadOnlyList<ReportLink>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM report_links WHERE conversation_id = @c ORDER BY created_at, token_hash");
        command.Parameters.AddWithValue("c", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var links = new List<ReportLink>();
        while (await reader.ReadAsync(cancellationToken))
        {
            links.Add(Link(reader));
        }

        return links;
    }

    private static ReportLink Link(NpgsqlDataReader reader) =>
        new(
            reader.GetString(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetInt32(2),
            reader.GetFieldValue<DateTimeOffset>(3),
            reader.GetFieldValue<DateTimeOffset>(4))
        {
            RevokedAt = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
        };
}
