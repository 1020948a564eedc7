using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Polls and the vote path, on either database: one answer per voter, none on a closed poll, each activity once.</summary>
public abstract class PollStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task Upsert_keeps_one_answer_per_voter_and_the_latest_wins()
    {
        await using var db = await OpenAsync();
        var poll = await LaunchAsync(db);

        Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), null, None));
        Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "bob", "a", 1), null, None));
        Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "b", 2), null, None));

        var alice = (await db.Polls.FindAnswerAsync(Conversation, poll, new VoterKey("alice"), None))!;
        Assert.Equal(["b"], alice.Choices);
        Assert.Equal(Start.AddSeconds(2), alice.AnsweredAt);
        Assert.Equal([("a", 1), ("b", 1)], await CountsAsync(db, poll));
    }

    [SkippableFact]
    public async Task Concurrent_upserts_through_two_instances_count_each_voter_once()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();
        var instances = new[] { db, other };
        var poll = await LaunchAsync(db);

        // 100 voters vote twice, once through each instance, the same choice both times (which copy lands last is a race).
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() =>
            instances[i / 100].Polls.UpsertAnswerAsync(Conversation, Vote(poll, "v" + Number(i % 100), i % 100 < 60 ? "a" : "b", i), null, None))));

        Assert.All(results, r => Assert.Equal(AnswerWrite.Recorded, r));
        Assert.Equal([("a", 60), ("b", 40)], await CountsAsync(other, poll));
    }

    [SkippableFact]
    public async Task A_closed_poll_takes_no_answer_and_an_unknown_poll_none_either()
    {
        await using var db = await OpenAsync();
        var poll = await LaunchAsync(db);
        await CloseAsync(db, poll);

        Assert.Equal(AnswerWrite.PollClosed, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a"), null, None));
        Assert.Equal(AnswerWrite.PollClosed, await db.Polls.UpsertAnswerAsync(Conversation, Vote(PollId.Next(7), "alice", "a"), null, None));
        Assert.Equal(AnswerWrite.PollClosed, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a"), "act-9", None));
        Assert.Equal(AnswerWrite.PollClosed, await db.Polls.UpsertAnswerAsync(Other, Vote(poll, "alice", "a"), null, None));
        Assert.Empty(await db.Polls.AnswerGroupsAsync(Conversation, poll, None));
    }

    [SkippableFact]
    public async Task A_vote_refused_by_a_closed_poll_still_claims_its_activity_so_a_redelivery_finds_no_answer()
    {
        await using var db = await OpenAsync();
        var poll = await LaunchAsync(db);
        await CloseAsync(db, poll);

        var first = await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a"), "act-late", None);
        var again = await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a"), "act-late", None);

        // The bot answers the redelivery from what is stored: nothing, so it shows the poll closed again.
        Assert.Equal((AnswerWrite.PollClosed, AnswerWrite.AlreadyProcessed), (first, again));
        Assert.Null(await db.Polls.FindAnswerAsync(Conversation, poll, new VoterKey("alice"), None));
    }

    [SkippableFact]
    public async Task A_vote_carrying_an_activity_id_is_applied_once_however_often_it_is_delivered()
    {
        await using var db = await OpenAsync();
        var poll = await LaunchAsync(db);

        Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), "act-1", None));
        Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "b", 1), "act-2", None));
        // act-1 again (Teams retried it): it must not put alice's earlier choice back.
        Assert.Equal(AnswerWrite.AlreadyProcessed, await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), "act-1", None));
        var copies = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "bob", "a", 2), "act-3", None)));

        Assert.Equal(1, copies.Count(c => c == AnswerWrite.Recorded));
        Assert.Equal(19, copies.Count(c => c == AnswerWrite.AlreadyProcessed));
        Assert.Equal(["b"], (await db.Polls.FindAnswerAsync(Conversation, poll, new VoterKey("alice"), None))!.Choices);
        Assert.Equal([("a", 1), ("b", 1)], await CountsAsync(db, poll));
        // The vote's claim is the turn's claim: a turn carrying the same activity is a duplicate.
        Assert.Equal(new CommitResult.Duplicate("act-3"), await db.Committer.CommitAsync(Claiming("act-3"), None));
    }

    [SkippableFact]
    public async Task Votes_racing_a_close_are_either_recorded_and_acknowledged_or_neither()
    {
        await using var db = await OpenAsync();
        await using var closing = await db.AnotherInstanceAsync();
        var poll = await LaunchAsync(db);

        var votes = Enumerable.Range(0, 200).Select(i => Task.Run(() => db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "v" + Number(i), "a"), null, None))).ToList();
        await CloseAsync(closing, poll);
        var results = await Task.WhenAll(votes);
        var late = await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "late", "a", 1), null, None);

        Assert.Equal(AnswerWrite.PollClosed, late);
        Assert.All(results, r => Assert.NotEqual(AnswerWrite.AlreadyProcessed, r));
        var recorded = results.Count(r => r == AnswerWrite.Recorded);
        Assert.Equal(recorded, (await db.Polls.AnswerGroupsAsync(Conversation, poll, None)).Sum(g => g.Count));
    }

    [SkippableFact]
    public async Task Answer_groups_count_identical_answers_together_with_the_earliest_time()
    {
        await using var db = await OpenAsync();
        var poll = await LaunchAsync(db);
        await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "v" + Number(i), i % 3 == 0 ? "b" : "a", 100 - i), null, None)));
        await db.Polls.UpsertAnswerAsync(Conversation, new Answer(poll, new VoterKey("rater"), Start) { Rating = 4 }, null, None);
        await db.Polls.UpsertAnswerAsync(Conversation, new Answer(poll, new VoterKey("writer"), Start) { Text = "More time, please" }, null, None);

        var groups = await db.Polls.AnswerGroupsAsync(Conversation, poll, None);

        Assert.Equal(4, groups.Count);
        var a = groups.Single(g => g.Choices.SequenceEqual(["a"]));
        var b = groups.Single(g => g.Choices.SequenceEqual(["b"]));
        Assert.Equal((20, 10), (a.Count, b.Count));
        Assert.Equal(Start.AddSeconds(100 - 29), a.FirstAnsweredAt);
        Assert.Equal(Start.AddSeconds(100 - 27), b.FirstAnsweredAt);
        var rating = groups.Single(g => g.Rating is not null);
        Assert.Equal((1, 4), (rating.Count, rating.Rating!.Value));
        Assert.Null(rating.Text);
        var text = groups.Single(g => g.Text is not null);
        Assert.Equal((1, "More time, please"), (text.Count, text.Text!));
        Assert.Empty(text.Choices);
        Assert.Empty(await db.Polls.AnswerGroupsAsync(Other, poll, None));
    }

    [SkippableFact]
    public async Task One_voters_answer_is_found_alone_and_an_absent_voter_has_none()
    {
        await using var db = await OpenAsync();
        var poll = await LaunchAsync(db);
        await db.Polls.UpsertAnswerAsync(Conversation, Vote(poll, "alice", "a", 0), null, None);
        await db.Polls.UpsertAnswerAsync(Conversation, new Answer(poll, new VoterKey("bob"), Start.AddSeconds(1)) { Choices = ["a", "b"], Text = "both" }, null, None);

        var bob = await db.Polls.FindAnswerAsync(Conversation, poll, new VoterKey("bob"), None);

        Assert.Equal(["a", "b"], bob!.Choices);
        Assert.Equal("both", bob.Text);
        Assert.Null(bob.Rating);
        Assert.Equal((Start.AddSeconds(1), poll), (bob.AnsweredAt, bob.PollId));
        Assert.Null(await db.Polls.FindAnswerAsync(Conversation, poll, new VoterKey("carol"), None));
        Assert.Null(await db.Polls.FindAnswerAsync(Other, poll, new VoterKey("alice"), None));
    }

    [SkippableFact]
    public async Task Ids_count_up_per_conversation_and_polls_list_in_launch_order()
    {
        await using var db = await OpenAsync();
        Assert.Equal(PollId.Next(1), await db.Polls.NextIdAsync(Conversation, None));
        await CommitAsync(db, new StagedWrite.AddPoll(Poll(2, "Second?")), new StagedWrite.AddPoll(Poll(10, "Tenth?")), new StagedWrite.AddPoll(Poll(1, "First?")));

        Assert.Equal(PollId.Next(11), await db.Polls.NextIdAsync(Conversation, None));
        Assert.Equal(PollId.Next(1), await db.Polls.NextIdAsync(Other, None));
        // By sequence, not by id text ("p10" < "p2").
        Assert.Equal(["First?", "Second?", "Tenth?"], (await db.Polls.ListAsync(Conversation, None)).Select(p => p.Question));
        Assert.Empty(await db.Polls.ListAsync(Other, None));
        Assert.Null(await db.Polls.FindAsync(Other, PollId.Next(1), None));
    }

    [SkippableFact]
    public async Task The_first_secret_stored_wins_for_every_instance()
    {
        await using var db = await OpenAsync();
        await using var other = await db.AnotherInstanceAsync();

        var first = await db.Polls.GetOrCreateSecretAsync("anon", [1, 2, 3], None);
        var second = await other.Polls.GetOrCreateSecretAsync("anon", [9, 9, 9], None);
        var another = await other.Polls.GetOrCreateSecretAsync("other", [4], None);

        Assert.Equal([1, 2, 3], first);
        Assert.Equal([1, 2, 3], second);
        Assert.Equal([4], another);
    }

    [SkippableFact]
    public async Task Open_polls_are_listed_with_their_conversation_and_closed_ones_are_not()
    {
        await using var db = await OpenAsync();
        Assert.Empty(await db.Polls.OpenPollsAsync(10, None));
        var closed = await LaunchAsync(db);
        await CloseAsync(db, closed);
        var open = Poll(2);
        await CommitAsync(db, new StagedWrite.AddPoll(open));

        Assert.Equal([new OpenPoll(Conversation, open.Id)], await db.Polls.OpenPollsAsync(10, None));
        Assert.Empty(await db.Polls.OpenPollsAsync(0, None));
    }

    private static async Task<PollId> LaunchAsync(TestDatabase db)
    {
        var poll = Poll(1);
        await CommitAsync(db, new StagedWrite.AddPoll(poll));
        return poll.Id;
    }

    private static async Task CloseAsync(TestDatabase db, PollId id)
    {
        var poll = (await db.Polls.FindAsync(Conversation, id, None))!;
        var read = poll.Version;
        Assert.Null(poll.Close(Start.AddMinutes(5), "chair-aad"));
        await CommitAsync(db, new StagedWrite.SavePoll(poll, read));
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));

    private static async Task<List<(string Choice, int Count)>> CountsAsync(TestDatabase db, PollId poll) =>
        [.. (await db.Polls.AnswerGroupsAsync(Conversation, poll, None)).Select(g => (string.Join(',', g.Choices), g.Count)).Order()];
}
