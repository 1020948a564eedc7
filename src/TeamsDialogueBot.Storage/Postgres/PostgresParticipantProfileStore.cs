using NpgsqlTypes;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Participant profiles (a JSON <see cref="Speaker"/> and the MRI) and confirmed co-chairs, per conversation.</summary>
public sealed class PostgresParticipantProfileStore(PostgresDatabase database, PostgresWriteBatcher writes, TimeProvider time) : IParticipantProfileStore
{
    public async Task<Speaker?> FindAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken)
    {
        var data = await ScalarAsync("SELECT data::text FROM participant_profiles WHERE conversation_id = @id AND participant_id = @p", conversationId, participant, cancellationToken);
        return data is null ? null : StorageJson.Read<Speaker>(data);
    }

    public async Task SaveAsync(string conversationId, Speaker profile, string? mri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var data = StorageJson.Write(profile);
        var now = time.GetUtcNow();
        // Group-committed like the speakers' list saves: a participant's first hand also stores their profile.
        await writes.ExecuteAsync(
            new PostgresWrite(
                """
                INSERT INTO participant_profiles (conversation_id, participant_id, mri, data, updated_at)
                VALUES (@id, @p, @mri, @data, @now)
                ON CONFLICT (conversation_id, participant_id)
                DO UPDATE SET mri = COALESCE(excluded.mri, participant_profiles.mri), data = excluded.data, updated_at = excluded.updated_at
                """,
                parameters =>
                {
                    parameters.AddWithValue("id", conversationId);
                    parameters.AddWithValue("p", profile.Id.Value);
                    parameters.AddWithValue("mri", NpgsqlDbType.Text, (object?)mri ?? DBNull.Value);
                    parameters.AddWithValue("data", NpgsqlDbType.Jsonb, data);
                    parameters.AddWithValue("now", now);
                },
                LockOrder: "profile:" + conversationId + ":" + profile.Id.Value),
            cancellationToken);
    }

    public Task<string?> FindMriAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT mri FROM participant_profiles WHERE conversation_id = @id AND participant_id = @p", conversationId, participant, cancellationToken);

    public async Task RememberChairAsync(string conversationId, string mri, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mri);
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO conversation_chairs (conversation_id, mri, confirmed_at) VALUES (@id, @mri, @now) ON CONFLICT DO NOTHING");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("mri", mri);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> FindChairsAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT mri FROM conversation_chairs WHERE conversation_id = @id ORDER BY confirmed_at, mri");
        command.Parameters.AddWithValue("id", conversationId);
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
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("p", participant.Value);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
