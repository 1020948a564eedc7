using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="QuestionBoardStoreContract"/> on PostgreSQL (the size is of the JSON text, before TOAST compresses it).</summary>
public sealed class PostgresQuestionBoardStoreTests : QuestionBoardStoreContract
{
    protected override string StoredBytesSql =>
        $"SELECT octet_length(data::text) FROM question_boards WHERE conversation_id = '{Samples.Conversation}' AND item_index = 2 AND panel = 1";

    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
