using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>Reads what the bot committed, straight from its database with the Storage classes it uses itself.</summary>
public sealed class StoredState : IAsyncDisposable
{
    private readonly IPollStore _polls;
    private readonly ISpeakersListStore _lists;
    private readonly IDialogueStore _dialogues;
    private readonly IOutboxStore _outbox;
    private readonly Func<string, Task<IReadOnlyList<string>>> _voters;
    private readonly IAsyncDisposable _resource;

    private StoredState(
        IPollStore polls, ISpeakersListStore lists, IDialogueStore dialogues, IOutboxStore outbox, Func<string, Task<IReadOnlyList<string>>> voters, IAsyncDisposable resource)
    {
        _polls = polls;
        _lists = lists;
        _dialogues = dialogues;
        _outbox = outbox;
        _voters = voters;
        _resource = resource;
    }

    public static StoredState Sqlite(string path)
    {
        var database = new SqliteDatabase($"Data Source={path}");
        var batcher = new SqliteWriteBatcher(database);
        return new StoredState(
            new SqlitePollStore(database, batcher),
            new SqliteSpeakersListStore(database),
            new SqliteDialogueStore(database),
            new SqliteOutboxStore(database, batcher),
            async conversationId =>
            {
                await using var connection = await database.OpenAsync(CancellationToken.None);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT voter_key FROM poll_answers WHERE conversation_id = $c AND poll_id = 'p1'";
                command.Parameters.AddWithValue("$c", conversationId);
                return await ReadVotersAsync(await command.ExecuteReaderAsync());
            },
            batcher);
    }

    public static StoredState Postgres(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        var batcher = new PostgresWriteBatcher(database);
        return new StoredState(
            new PostgresPollStore(database, batcher),
            new PostgresSpeakersListStore(database),
            new PostgresDialogueStore(database),
            new PostgresOutboxStore(database, batcher),
            async conversationId =>
            {
                await using var command = database.DataSource.CreateCommand("SELECT voter_key FROM poll_answers WHERE conversation_id = @c AND poll_id = 'p1'");
                command.Parameters.AddWithValue("c", conversationId);
                return await ReadVotersAsync(await command.ExecuteReaderAsync());
            },
            new Resources(batcher, database));
    }

    public async Task<Poll> PollAsync(string conversationId) =>
        await _polls.FindAsync(conversationId, new PollId("p1"), CancellationToken.None) ?? throw new InvalidOperationException("Poll p1 was not stored.");

    /// <summary>p1's answers; their voter keys are upper-cased AAD object ids, the poll being named.</summary>
    public async Task<IReadOnlyList<Answer>> AnswersAsync(string conversationId)
    {
        var answers = new List<Answer>();
        foreach (var voter in await _voters(conversationId))
        {
            answers.Add((await _polls.FindAnswerAsync(conversationId, new PollId("p1"), new VoterKey(voter), CancellationToken.None))!);
        }

        return answers;
    }

    public async Task<string?> PollCardAsync(string conversationId) =>
        await _outbox.FindCardAsync(conversationId, "poll/p1", CancellationToken.None);

    /// <summary>The speakers' list of the item the dialogue is on.</summary>
    public async Task<SpeakersList> ListAsync(string conversationId)
    {
        var item = (await _dialogues.FindAsync(conversationId, CancellationToken.None))?.CurrentItemIndex ?? 0;
        return await _lists.FindAsync(conversationId, AgendaPosition.Item(item), CancellationToken.None) ?? throw new InvalidOperationException("No speakers' list was stored.");
    }

    public async Task<string?> ListCardAsync(string conversationId)
    {
        var item = (await _dialogues.FindAsync(conversationId, CancellationToken.None))?.CurrentItemIndex ?? 0;
        return await _outbox.FindCardAsync(conversationId, "queue/" + item.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _resource.DisposeAsync();

    private static async Task<IReadOnlyList<string>> ReadVotersAsync(System.Data.Common.DbDataReader reader)
    {
        await using (reader)
        {
            var voters = new List<string>();
            while (await reader.ReadAsync())
            {
                voters.Add(reader.GetString(0));
            }

            return voters;
        }
    }

    /// <summary>The writer first (it may still commit), then the data source it writes through.</summary>
    private sealed class Resources(PostgresWriteBatcher batcher, PostgresDatabase database) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await batcher.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
