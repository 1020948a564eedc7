using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>
/// Teams may deliver one vote to two instances at once: each instance group-commits its votes in its own
/// transaction, so the claim of an activity id must settle which copy applies across transactions too.
/// </summary>
public sealed class PostgresVoteClaimRaceTests
{
    [SkippableFact]
    public async Task Copies_of_votes_reaching_two_instances_in_opposite_orders_are_each_applied_once_within_seconds()
    {
        await using var first = await PostgresTestDatabase.CreateAsync();
        await using var second = await first.AnotherInstanceAsync();
        var poll = Samples.Poll(1);
        Assert.Equal(CommitResult.Committed, await first.Committer.CommitAsync(Samples.Changes(new StagedWrite.AddPoll(poll)), CancellationToken.None));
        var voters = Enumerable.Range(0, 200).ToList();

        // Opposite orders, so each instance's batch claims ids the other's batch is claiming too. Locks taken in
        // opposite orders would deadlock; the writers' lock order makes them wait for each other instead.
        var writes = await Task.WhenAll(
            voters.Select(v => first.Polls.UpsertAnswerAsync(Samples.Conversation, Vote(poll.Id, v), Activity(v), CancellationToken.None))
                .Concat(voters.AsEnumerable().Reverse().Select(v => second.Polls.UpsertAnswerAsync(Samples.Conversation, Vote(poll.Id, v), Activity(v), CancellationToken.None))))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(200, writes.Count(w => w == AnswerWrite.Recorded));
        Assert.Equal(200, writes.Count(w => w == AnswerWrite.AlreadyProcessed));
        Assert.Equal(200, Assert.Single(await first.Polls.AnswerGroupsAsync(Samples.Conversation, poll.Id, CancellationToken.None)).Count);
    }

    private static string Activity(int voter) => "act-" + Samples.Number(voter);

    private static Answer Vote(PollId poll, int voter) => Samples.Vote(poll, "voter-" + Samples.Number(voter), "a");
}
