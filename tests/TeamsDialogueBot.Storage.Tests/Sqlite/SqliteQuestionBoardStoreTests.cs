using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary><see cref="QuestionBoardStoreContract"/> on SQLite.</summary>
public sealed class SqliteQuestionBoardStoreTests : QuestionBoardStoreContract
{
    protected override string StoredBytesSql =>
        $"SELECT length(CAST(data AS BLOB)) FROM question_boards WHERE conversation_id = '{Samples.Conversation}' AND item_index = 2 AND panel = 1";

    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
