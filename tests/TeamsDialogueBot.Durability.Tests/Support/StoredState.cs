using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>Reads what the bot committed, straight from its database with the Storage classes it uses itself.</summary>
public sealed class StoredState : IAsyncDisposable
{
    private readonly IPollStore _polls;
    private readonly ISpeakersListStore _lists;
    private readonly IDialogueStore _dialogues;
    private readonly IAsyncDisposable? _resource;

    private StoredState(IPollStore polls, ISpeakersListStore lists, IDialogueStore dialogues, IAsyncDisposable? resource)
    {
        _polls = polls;
        _lists = lists;
        _dialogues = dialogues;
        _resource = resource;
    }

    public static StoredState Sqlite(string path)
    {
        var database = new SqliteDatabase($"Data Source={path}");
        var time = TimeProvider.System;
        var batcher = new SqliteWriteBatcher(database);
        return new StoredState(new SqlitePollStore(database, batcher, time), new SqliteSpeakersListStore(database, new SqliteWriteBatcher(database), time), new SqliteDialogueStore(database, time), batcher);
    }

    public static StoredState Postgres(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        var time = TimeProvider.System;
        return new StoredState(new PostgresPollStore(database, new PostgresWriteBatcher(database), time), new PostgresSpeakersListStore(database, new PostgresWriteBatcher(database), time), new PostgresDialogueStore(database, time), database);
    }

    public async Task<Poll> PollAsync(string conversationId) =>
        await _polls.FindAsync(conversationId, new PollId("p1"), CancellationToken.None) ?? throw new InvalidOperationException("Poll p1 was not stored.");

    /// <summary>Voter keys of p1's answers: upper-cased AAD object ids, the poll being named.</summary>
    public async Task<IReadOnlyList<Answer>> AnswersAsync(string conversationId) =>
        await _polls.AnswersAsync(conversationId, new PollId("p1"), CancellationToken.None);

    public async Task<string?> PollCardAsync(string conversationId) =>
        await _polls.FindCardActivityAsync(conversationId, new PollId("p1"), CancellationToken.None);

    /// <summary>The speakers' list of the item the dialogue is on.</summary>
    public async Task<SpeakersList> ListAsync(string conversationId)
    {
        var item = (await _dialogues.FindAsync(conversationId, CancellationToken.None))?.CurrentItemIndex ?? 0;
        return await _lists.FindAsync(conversationId, item, CancellationToken.None) ?? throw new InvalidOperationException("No speakers' list was stored.");
    }

    public async Task<string?> ListCardAsync(string conversationId)
    {
        var item = (await _dialogues.FindAsync(conversationId, CancellationToken.None))?.CurrentItemIndex ?? 0;
        return await _lists.FindCardAsync(conversationId, item, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        (_polls as IDisposable)?.Dispose();
        if (_resource is not null)
        {
            await _resource.DisposeAsync();
        }
    }
}
