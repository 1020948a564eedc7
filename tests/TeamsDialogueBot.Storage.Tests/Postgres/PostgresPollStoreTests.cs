using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

public sealed class PostgresPollStoreTests
{
    private const string Conversation = "19:meeting_poll@thread.v2";
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    [SkippableFact]
    public async Task Upsert_keeps_one_row_per_voter_and_the_latest_answer_wins()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);

        Assert.True(await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), CancellationToken.None));
        Assert.True(await store.UpsertAnswerAsync(Conversation, Vote(poll, "bob", "a", 1), CancellationToken.None));
        Assert.True(await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "b", 2), CancellationToken.None));

        var answers = await store.AnswersAsync(Conversation, poll.Id, CancellationToken.None);
        Assert.Equal(2, answers.Count);
        Assert.Equal(["b"], answers.Single(a => a.Voter.Value == "alice").Choices);
        Assert.Equal(Now.AddSeconds(2), answers.Single(a => a.Voter.Value == "alice").AnsweredAt);
    }

    [SkippableFact]
    public async Task Concurrent_upserts_through_two_data_sources_count_each_voter_exactly_once()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var a = await MigratedPostgres.OpenAsync(connectionString);
        await using var b = await MigratedPostgres.OpenAsync(connectionString);
        var stores = new[] { new PostgresPollStore(a, new PostgresWriteBatcher(a), _time), new PostgresPollStore(b, new PostgresWriteBatcher(b), _time) };
        var poll = await AddPollAsync(stores[0]);

        // 200 upserts, 150 voters: the first 50 vote twice, once through each instance, last choice "b".
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            stores[i % 2].UpsertAnswerAsync(Conversation, Vote(poll, $"v{i % 150}", i < 150 && i >= 50 ? "a" : "b", i), CancellationToken.None))));

        Assert.All(results, Assert.True);
        var answers = await stores[1].AnswersAsync(Conversation, poll.Id, CancellationToken.None);
        Assert.Equal(150, answers.Count);
        Assert.Equal(150, answers.Select(x => x.Voter).Distinct().Count());
        Assert.Equal(100, answers.Count(x => x.Choices.SequenceEqual(["a"])));
    }

    [SkippableFact]
    public async Task A_closed_poll_takes_no_answer_and_an_unknown_poll_none_either()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);
        poll.Close(Now, "chair");
        await store.SaveAsync(Conversation, poll, expectedVersion: 1, CancellationToken.None);

        Assert.False(await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), CancellationToken.None));
        Assert.False(await store.UpsertAnswerAsync(Conversation, new Answer(new PollId("p7"), new VoterKey("alice"), Now) { Choices = ["a"] }, CancellationToken.None));
        Assert.Empty(await store.AnswersAsync(Conversation, poll.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Votes_racing_a_close_are_either_recorded_and_acknowledged_or_neither()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        await using var a = await MigratedPostgres.OpenAsync(connectionString);
        await using var b = await MigratedPostgres.OpenAsync(connectionString);
        var voting = new PostgresPollStore(a, new PostgresWriteBatcher(a), _time);
        var closing = new PostgresPollStore(b, new PostgresWriteBatcher(b), _time);
        var poll = await AddPollAsync(voting);

        var votes = Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            voting.UpsertAnswerAsync(Conversation, Vote(poll, $"v{i}", "a", 0), CancellationToken.None))).ToList();
        var closed = Poll.FromSnapshot(poll.ToSnapshot());
        closed.Close(Now, "chair");
        await closing.SaveAsync(Conversation, closed, expectedVersion: 1, CancellationToken.None);
        var accepted = (await Task.WhenAll(votes)).Count(ok => ok);
        var afterClose = await voting.UpsertAnswerAsync(Conversation, Vote(poll, "late", "a", 1), CancellationToken.None);

        Assert.False(afterClose);
        Assert.Equal(accepted, (await closing.AnswersAsync(Conversation, poll.Id, CancellationToken.None)).Count);
    }

    [SkippableFact]
    public async Task Saving_a_stale_version_conflicts_and_ids_count_up_per_conversation()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);
        poll.Close(Now, "chair");
        await store.SaveAsync(Conversation, poll, expectedVersion: 1, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(Conversation, poll, expectedVersion: 1, CancellationToken.None));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.AddAsync(Conversation, poll, CancellationToken.None));
        Assert.Equal(new PollId("p2"), await store.NextIdAsync(Conversation, CancellationToken.None));
        Assert.Equal(new PollId("p1"), await store.NextIdAsync("19:other@thread.v2", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Polls_answers_card_and_secret_survive_a_new_data_source()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        Poll poll;
        byte[] secret;
        await using (var database = await MigratedPostgres.OpenAsync(connectionString))
        {
            var first = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
            poll = await AddPollAsync(first);
            await first.SetCardActivityAsync(Conversation, poll.Id, "1:card", CancellationToken.None);
            await first.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "b", 0), CancellationToken.None);
            secret = await first.GetOrCreateSecretAsync("anon", [1, 2, 3], CancellationToken.None);
        }

        await using var reopened = await MigratedPostgres.OpenAsync(connectionString);
        var second = new PostgresPollStore(reopened, new PostgresWriteBatcher(reopened), _time);

        var restored = await second.FindAsync(Conversation, poll.Id, CancellationToken.None);
        Assert.Equal(poll.ToSnapshot() with { Options = [] }, restored!.ToSnapshot() with { Options = [] });
        Assert.Equal(poll.Options, restored.Options);
        Assert.Equal("1:card", await second.FindCardActivityAsync(Conversation, poll.Id, CancellationToken.None));
        Assert.Equal(["b"], Assert.Single(await second.AnswersAsync(Conversation, poll.Id, CancellationToken.None)).Choices);
        Assert.Equal(secret, await second.GetOrCreateSecretAsync("anon", [9, 9, 9], CancellationToken.None));
        Assert.Equal([1, 2, 3], secret);
        Assert.Single(await second.ListAsync(Conversation, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_vote_carrying_an_activity_id_is_applied_once_however_often_it_is_delivered()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);

        Assert.Equal(AnswerWrite.Recorded, await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), "act-1", CancellationToken.None));
        Assert.Equal(AnswerWrite.Recorded, await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "b", 1), "act-2", CancellationToken.None));
        // act-1 again (Teams retried it): it must not put alice's earlier choice back.
        Assert.Equal(AnswerWrite.AlreadyProcessed, await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), "act-1", CancellationToken.None));
        var duplicates = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            store.UpsertAnswerAsync(Conversation, Vote(poll, "bob", "a", 2), "act-3", CancellationToken.None)));

        Assert.Equal(1, duplicates.Count(d => d == AnswerWrite.Recorded));
        Assert.Equal(19, duplicates.Count(d => d == AnswerWrite.AlreadyProcessed));
        var answers = await store.AnswersAsync(Conversation, poll.Id, CancellationToken.None);
        Assert.Equal(["b"], answers.Single(a => a.Voter.Value == "alice").Choices);
        Assert.Equal(2, answers.Count);
    }

    [SkippableFact]
    public async Task A_vote_on_a_closed_poll_is_refused_even_with_an_activity_id()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);
        poll.Close(Now, "chair");
        await store.SaveAsync(Conversation, poll, expectedVersion: 1, CancellationToken.None);

        Assert.Equal(AnswerWrite.PollClosed, await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), "act-9", CancellationToken.None));
        Assert.Empty(await store.AnswersAsync(Conversation, poll.Id, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Answer_groups_count_identical_answers_together_with_the_earliest_time()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            store.UpsertAnswerAsync(Conversation, Vote(poll, $"v{i}", i % 3 == 0 ? "b" : "a", 100 - i), CancellationToken.None)));

        var groups = await store.AnswerGroupsAsync(Conversation, poll.Id, CancellationToken.None);

        Assert.Equal(2, groups.Count);
        var a = groups.Single(g => g.Choices.SequenceEqual(["a"]));
        var b = groups.Single(g => g.Choices.SequenceEqual(["b"]));
        Assert.Equal((20, 10), (a.Count, b.Count));
        Assert.Equal(Now.AddSeconds(100 - 29), a.FirstAnsweredAt);
        Assert.Equal(Now.AddSeconds(100 - 27), b.FirstAnsweredAt);
    }

    [SkippableFact]
    public async Task One_voters_answer_is_found_alone_and_an_absent_voter_has_none()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        var store = new PostgresPollStore(database, new PostgresWriteBatcher(database), _time);
        var poll = await AddPollAsync(store);
        await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), CancellationToken.None);
        await store.UpsertAnswerAsync(Conversation, Vote(poll, "bob", "b", 1), CancellationToken.None);
        await store.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "b", 2), CancellationToken.None);

        var alice = await store.FindAnswerAsync(Conversation, poll.Id, new VoterKey("alice"), CancellationToken.None);

        Assert.Equal(["b"], alice!.Choices);
        Assert.Equal(Now.AddSeconds(2), alice.AnsweredAt);
        Assert.Null(await store.FindAnswerAsync(Conversation, poll.Id, new VoterKey("carol"), CancellationToken.None));
    }

    private static async Task<Poll> AddPollAsync(PostgresPollStore store)
    {
        var spec = new PollSpec("Which format?", PollKind.SingleChoice, ["Hybrid", "Online"]);
        var poll = Poll.AdHoc(await store.NextIdAsync(Conversation, CancellationToken.None), spec, 0, "chair", Now).Value!;
        await store.AddAsync(Conversation, poll, CancellationToken.None);
        return poll;
    }

    private static Answer Vote(Poll poll, string voter, string choice, int second) =>
        new(poll.Id, new VoterKey(voter), Now.AddSeconds(second)) { Choices = [choice] };
}
