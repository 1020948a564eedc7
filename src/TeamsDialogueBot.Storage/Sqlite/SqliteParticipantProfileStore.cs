using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Sqlite;

/// <summary>Participant profiles (a JSON <see cref="Speaker"/> and the MRI) and confirmed co-chairs, per conversation.</summary>
public sealed class SqliteParticipantProfileStore(SqliteDatabase database) : IParticipantProfileStore
{
    public async Task<Speaker?> FindAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken)
    {
        var data = await ScalarAsync("SELECT data FROM participant_profiles WHERE conversation_id = $id AND participant_id = $p", conversationId, participant, cancellationToken);
        return data is null ? null : SpeakersListJson.ReadProfile(data);
    }

    public Task<string?> FindMriAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken) =>
        ScalarAsync("SELECT mri FROM participant_profiles WHERE conversation_id = $id AND participant_id = $p", conversationId, participant, cancellationToken);

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
}
