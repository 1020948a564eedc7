using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Storage.Postgres;

public sealed class PostgresProcessedActivities(PostgresDatabase database, PostgresWriteBatcher writes, TimeProvider time) : IProcessedActivities
{
    private const string InsertSql = "INSERT INTO processed_activities (conversation_id, activity_id, processed_at) VALUES (@c, @a, @t) ON CONFLICT DO NOTHING";

    public async Task<bool> WasProcessedAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT 1 FROM processed_activities WHERE conversation_id = @c AND activity_id = @a");
        command.Parameters.AddWithValue("c", conversationId);
        command.Parameters.AddWithValue("a", activityId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task RecordAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        // Recorded for every activity: in a vote rush these ride in the same group commits as the votes.
        await writes.ExecuteAsync(
            new PostgresWrite(InsertSql, parameters =>
            {
                parameters.AddWithValue("c", conversationId);
                parameters.AddWithValue("a", activityId);
                parameters.AddWithValue("t", at);
            }),
            cancellationToken);
    }
}
