using System.Globalization;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Participant profiles (a JSON <see cref="Speaker"/> and the MRI) and confirmed co-chairs, per conversation.</summary>
public sealed class SqliteParticipantProfileStore(SqliteDatabase database, SqliteWriteBatcher writes, TimeProvider time) : IParticipantProfileStore
{
    public async Task<Speaker?> FindAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken)
    {
        var data = await ScalarAsync("SELECT data FROM participant_profiles WHERE conversation_id = $id AND participant_id = $p", conversationId, participant, cancellationToken);
        return data is null ? null : StorageJson.Read<Speaker>(data);
    }

    public async Task SaveAsync(string conversationId, Speaker profile, string? mri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var data = StorageJson.Write(profile);
        var now = Now();
        // Group-committed like the speakers' list saves: a participant's first hand also stores their profile.
        await writes.ExecuteAsync(
            (command, ct) =>
            {
                command.CommandText = """
                    INSERT INTO participant_profiles (conversation_id, participant_id, mri, data, updated_at)
                    VALUES ($id, $p, $mri, $data, $now)
                    ON CONFLICT (conversation_id, participant_id)
                    DO UPDATE SET mri = COALESCE(excluded.mri, mri), data = excluded.data, updated_at = excluded.updated_at
                    """;
                command.Parameters.AddWithValue("$id", conversationId);
                command.Parameters.AddWithValue("$p", profile.Id.Value);
                command.Parameters.AddWithValue("$mri", (object?)mri ?? DBNull.Value);
                command.Parameters.AddWithValue("$data", data);
                command.Parameters.AddWithValue("$now", now);
                return command.ExecuteNonQueryAsync(ct);
            },
            cancellationToken);
    }

    public Task<string?> FindMriAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT mri FROM participant_profiles WHERE conversation_id = $id AND participant_id = $p", conversationId, participant, cancellationToken);

    public async Task RememberChairAsync(string conversationId, string mri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mri);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO conversation_chairs (conversation_id, mri, confirmed_at) VALUES ($id, $mri, $now) ON CONFLICT DO NOTHING";
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$mri", mri);
        command.Parameters.AddWithValue("$now", Now());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindChairsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT mri FROM conversation_chairs WHERE conversation_id = $id ORDER BY confirmed_at, mri";
        command.Parameters.AddWithValue("$id", conversationId);
        var chairs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            chairs.Add(reader.GetString(0));
        }

        return chairs;
    }

    private async Task<string?> ScalarAsync(string sql, string conversationId, ParticipantId participant, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", conversationId);
        command.Parameters.AddWithValue("$p", participant.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
