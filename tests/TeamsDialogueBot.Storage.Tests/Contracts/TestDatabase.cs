using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Schema;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>
/// A fresh database of one kind with its stores wired as the host wires them (one group-committing writer shared by
/// every store): what a contract test runs against. The raw SQL helpers are for what no store interface answers; the
/// contract tests write that SQL so both databases take it.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    protected TestDatabase(FakeTimeProvider time) => Time = time;

    /// <summary>The clock of this instance's stores.</summary>
    public FakeTimeProvider Time { get; }

    /// <summary>The speakers' lists this instance saved or read, shared by its committer, reader and list store as in the host.</summary>
    public SpeakersListCache ListCache { get; } = new();

    public abstract IChangeCommitter Committer { get; }
    public abstract IConversationReader Reader { get; }
    public abstract IDialogueStore Dialogues { get; }
    public abstract ISpeakersListStore Lists { get; }
    public abstract IParticipantProfileStore Profiles { get; }
    public abstract IPollStore Polls { get; }
    public abstract IOutboxStore Outbox { get; }
    public abstract IDisplayTokens DisplayTokens { get; }
    public abstract IReportLinks ReportLinks { get; }
    public abstract IFloorLinks FloorLinks { get; }
    public abstract IRetentionStore Retention { get; }
    public abstract IQuestionBoardStore Questions { get; }
    public abstract IInputStore Inputs { get; }
    public abstract IMeetingRosterStore Roster { get; }
    public abstract IMeetingSchedule Schedule { get; }

    public abstract Task MigrateAsync(IReadOnlyList<Migration> migrations);

    public abstract Task ExecuteAsync(string sql);

    /// <summary>The first column of the first row as a 64-bit integer (both databases' counts and booleans fit).</summary>
    public abstract Task<long> LongAsync(string sql);

    /// <summary>Another instance of the bot on the same database: its own connections, its own writer, its own clock.</summary>
    public abstract Task<TestDatabase> AnotherInstanceAsync(FakeTimeProvider? time = null);

    /// <summary>
    /// Keeps this instance's writer busy with a write of its own until disposed; returns once that write runs, so
    /// writes queued meanwhile all wait for, and share, the writer's next batch.
    /// </summary>
    public abstract Task<IAsyncDisposable> HoldWriterAsync();

    /// <summary>Every row of every table with a conversation_id column, as "table values…": a table added later is scanned too.</summary>
    public abstract Task<List<string>> ConversationRowsAsync(string conversationId);

    public abstract ValueTask DisposeAsync();
}
