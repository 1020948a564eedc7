using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Storage.Postgres;

/// <summary>Q&amp;A boards as JSON snapshots, one row per conversation and agenda position.</summary>
public sealed class PostgresQuestionBoardStore(PostgresDatabase database) : IQuestionBoardStore
{
    public async Task<QuestionBoard?> FindAsync(string conversationId, AgendaPosition position, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM question_boards WHERE conversation_id = @id AND item_index = @item AND panel = @panel");
        command.Parameters.AddWithValue("id", conversationId);
        command.Parameters.AddWithValue("item", position.ItemIndex);
        command.Parameters.AddWithValue("panel", position.Panel);
        var data = await command.ExecuteScalarAsync(cancellationToken) as string;
        return data is null ? null : QuestionBoard.FromSnapshot(StorageJson.Read<QuestionBoardSnapshot>(data));
    }

    public async Task<IReadOnlyList<QuestionBoard>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var command = database.DataSource.CreateCommand("SELECT data::text FROM question_boards WHERE conversation_id = @id ORDER BY item_index, panel");
        command.Parameters.AddWithValue("id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var boards = new List<QuestionBoard>();
        while (await reader.ReadAsync(cancellationToken))
        {
            boards.Add(QuestionBoard.FromSnapshot(StorageJson.Read<QuestionBoardSnapshot>(reader.GetString(0))));
        }

        return boards;
    }
}
