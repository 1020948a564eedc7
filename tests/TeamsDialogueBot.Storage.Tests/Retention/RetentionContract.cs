using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionData;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>
/// Retention on either database: a dialogue ended long enough ago forgets its participants and keeps its aggregates;
/// what has not ended stays, and what is purged leaves no identifying value in any table.
/// </summary>
public abstract class RetentionContract
{
    private const string Ended = "19:meeting_ended@thread.v2";
    private const string Recent = "19:meeting_recent@thread.v2";
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task Ninety_days_after_the_last_activity_the_participants_are_forgotten_and_the_aggregates_stay()
    {
        await using var db = await OpenAsync();
        var (named, anonymous) = await TakePartAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(80));
        await TakePartAsync(db, Recent);
        var told = new PurgeRecorder();
        var service = Service(db, days: 90, told);

        db.Time.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await service.RunOnceAsync(None));
        db.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await service.RunOnceAsync(None));

        // What the bot keeps in memory about the conversation is forgotten with it.
        Assert.Equal([Ended], told.Purged);

        var list = (await db.Lists.FindAsync(Ended, AgendaPosition.Item(0), None))!;
        Assert.Null(await db.Profiles.FindAsync(Ended, new ParticipantId(AnaAad), None));
        Assert.Null(await db.Profiles.FindMriAsync(Ended, new ParticipantId(AnaAad), None));
        Assert.Empty(await db.Profiles.FindChairsAsync(Ended, None));
        Assert.False(await WasProcessedAsync(db, Ended));
        Assert.Empty(list.Audit);
        Assert.All(list.Entries, e => Assert.StartsWith(Redaction.Prefix, e.Speaker.Id.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(list.Entries, e => e.Speaker.Name.Contains("Ana", StringComparison.Ordinal) || e.Speaker.Organisation is not null || e.Topic is not null);
        Assert.Equal(["NGO", "academia"], list.Entries.Select(e => e.Speaker.Group));
        Assert.Equal(2, FloorFigures.Compute(list, db.Time.GetUtcNow()).Total.Requests);
        Assert.Null(await db.Polls.FindAnswerAsync(Ended, named, new VoterKey(AnaAad), None));
        Assert.Equal([("a", 1), ("b", 1)], await CountsAsync(db, Ended, named));
        Assert.Equal([("a", 1), ("b", 1)], await CountsAsync(db, Ended, anonymous));
        Assert.Equal(Redaction.Prefix, (await db.Polls.FindAsync(Ended, named, None))!.OpenedBy);
        Assert.NotNull(await db.Dialogues.FindAsync(Ended, None));

        // The other dialogue is untouched, and a purged one is not purged again until something happens in it.
        Assert.NotNull(await db.Profiles.FindAsync(Recent, new ParticipantId(AnaAad), None));
        Assert.NotNull(await db.Polls.FindAnswerAsync(Recent, named, new VoterKey(AnaAad), None));
        Assert.True(await WasProcessedAsync(db, Recent));
        Assert.Equal(0, await service.RunOnceAsync(None));
    }

    [SkippableFact]
    public async Task The_purge_deletes_the_outbox_sent_and_unsent_and_the_display_link()
    {
        await using var db = await OpenAsync();
        await TakePartAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(89));
        await TakePartAsync(db, Recent);
        Assert.NotEmpty(await db.Outbox.PendingAsync(Ended, 10, None));
        Assert.NotEmpty(await db.Outbox.SentSinceAsync(Ended, Samples.Start.AddDays(-1), None));

        db.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Service(db, days: 90).RunOnceAsync(None));

        Assert.Empty(await db.Outbox.PendingAsync(Ended, 10, None));
        Assert.Empty(await db.Outbox.SentSinceAsync(Ended, Samples.Start.AddDays(-1), None));
        Assert.Null(await db.DisplayTokens.FindTokenAsync(Ended, None));
        Assert.Null(await db.DisplayTokens.FindConversationAsync(Token(Ended), None));
        Assert.NotEmpty(await db.Outbox.PendingAsync(Recent, 10, None));
        Assert.Equal(Recent, await db.DisplayTokens.FindConversationAsync(Token(Recent), None));
    }

    [SkippableFact]
    public async Task After_the_purge_no_row_of_the_conversation_in_any_table_identifies_a_participant()
    {
        await using var db = await OpenAsync();
        await TakePartAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(89));
        await TakePartAsync(db, Recent);
        var before = await db.ConversationRowsAsync(Ended);
        Assert.All(Identifying, value => Assert.Contains(before, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        var tables = before.Select(row => row[..row.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet();
        Assert.Superset(new HashSet<string>(["dialogues", "speakers_lists", "participant_profiles", "conversation_chairs", "polls", "poll_answers", "processed_activities", "outbox", "display_tokens"]), tables);

        db.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Service(db, days: 90).RunOnceAsync(None));

        var rows = await db.ConversationRowsAsync(Ended);
        Assert.Contains(rows, row => row.StartsWith("speakers_lists", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.StartsWith("poll_answers", StringComparison.Ordinal));
        foreach (var value in Identifying)
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        var kept = await db.ConversationRowsAsync(Recent);
        Assert.All(Identifying, value => Assert.Contains(kept, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableTheory]
    [InlineData("vote")]
    [InlineData("activity")]
    [InlineData("profile")]
    [InlineData("chair")]
    [InlineData("dialogue")]
    public async Task A_dialogue_with_any_recent_activity_has_not_ended_and_keeps_its_participants(string activity)
    {
        await using var db = await OpenAsync();
        var (named, _) = await TakePartAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(85));
        await ActAsync(db, Ended, named, activity);
        db.Time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await Service(db, days: 90).RunOnceAsync(None));

        var rows = await db.ConversationRowsAsync(Ended);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        db.Time.Advance(TimeSpan.FromDays(81));
        Assert.Equal(1, await Service(db, days: 90).RunOnceAsync(None));
    }

    [SkippableFact]
    public async Task An_ended_dialogue_younger_than_the_configured_days_is_kept_until_they_pass()
    {
        await using var db = await OpenAsync();
        await TakePartAsync(db, Ended);
        var service = Service(db, days: 30);

        db.Time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await service.RunOnceAsync(None));
        Assert.NotNull(await db.Profiles.FindAsync(Ended, new ParticipantId(AnaAad), None));
        Assert.Equal(["29:chair"], await db.Profiles.FindChairsAsync(Ended, None));

        db.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await service.RunOnceAsync(None));
        Assert.Null(await db.Profiles.FindAsync(Ended, new ParticipantId(AnaAad), None));
    }

    [SkippableFact]
    public async Task Anonymous_answers_hold_no_participant_id_before_any_purge()
    {
        await using var db = await OpenAsync();
        var (_, anonymous) = await TakePartAsync(db, Ended);

        var answers = (await db.ConversationRowsAsync(Ended)).Where(row => row.StartsWith("poll_answers", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, answers.Count);
        // Only the named poll's two answers carry the voters' ids; the anonymous poll's carry keyed hashes.
        Assert.Single(answers, row => row.Contains(AnaAad, StringComparison.OrdinalIgnoreCase));
        Assert.Single(answers, row => row.Contains("A1B2", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, (await db.Polls.AnswerGroupsAsync(Ended, anonymous, None)).Sum(g => g.Count));
    }

    [SkippableFact]
    public async Task The_hosted_service_purges_on_its_interval_with_the_configured_days()
    {
        await using var db = await OpenAsync();
        await TakePartAsync(db, Ended);
        using var service = Service(db, days: 7);
        var first = service.NextPassAsync();
        await service.StartAsync(None);
        await first.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotNull(await db.Profiles.FindAsync(Ended, new ParticipantId(AnaAad), None));

        var next = service.NextPassAsync();
        db.Time.Advance(TimeSpan.FromDays(8));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
        await service.StopAsync(None);

        Assert.Null(await db.Profiles.FindAsync(Ended, new ParticipantId(AnaAad), None));
    }

    internal static RetentionService Service(TestDatabase db, int days, IRetentionListener? listener = null) =>
        new(db.Retention, listener is null ? [] : [listener], Options.Create(new RetentionOptions { RetentionDays = days }), db.Time, NullLogger<RetentionService>.Instance);

    private sealed class PurgeRecorder : IRetentionListener
    {
        public List<string> Purged { get; } = [];

        void IRetentionListener.Purged(string conversationId) => Purged.Add(conversationId);
    }

    private static async Task<List<(string Choice, int Count)>> CountsAsync(TestDatabase db, string conversation, PollId poll) =>
        [.. (await db.Polls.AnswerGroupsAsync(conversation, poll, None)).Select(g => (string.Join(',', g.Choices), g.Count)).Order()];
}
