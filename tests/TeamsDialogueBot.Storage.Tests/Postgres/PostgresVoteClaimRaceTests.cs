using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Storage.Postgres;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>
/// Teams may deliver one vote to two instances at once: each instance group-commits its votes in its own
/// transaction, so the claim of an activity id must settle which copy applies across transactions too.
/// </summary>
public sealed class PostgresVoteClaimRaceTests
{
    private const string Conversation = "19:meeting_race@thread.v2";
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    [SkippableFact]
    public async Task Copies_of_votes_reaching_two_instances_at_once_are_each_applied_exactly_once()
    {
        await using var database = await MigratedPostgres.OpenAsync(await PostgresServer.CreateDatabaseAsync());
        await using var firstWrites = new PostgresWriteBatcher(database);
        await using var secondWrites = new PostgresWriteBatcher(database);
        var first = new PostgresPollStore(database, firstWrites, _time);
        var second = new PostgresPollStore(database, secondWrites, _time);
        var spec = new PollSpec("Which format?", PollKind.SingleChoice, ["Hybrid", "Online"]);
        var poll = Poll.AdHoc(await first.NextIdAsync(Conversation, CancellationToken.None), spec, 0, "chair", Now).Value!;
        await first.AddAsync(Conversation, poll, CancellationToken.None);
        var voters = Enumerable.Range(0, 200).ToList();

        // Opposite orders, so each instance's batch claims ids the other's batch is claiming too.
        var writes = await Task.WhenAll(
            voters.Select(v => first.UpsertAnswerAsync(Conversation, Vote(poll, v), Activity(v), CancellationToken.None))
                .Concat(voters.AsEnumerable().Reverse().Select(v => second.UpsertAnswerAsync(Conversation, Vote(poll, v), Activity(v), CancellationToken.None))));

        Assert.Equal(200, writes.Count(w => w == AnswerWrite.Recorded));
        Assert.Equal(200, writes.Count(w => w == AnswerWrite.AlreadyProcessed));
        Assert.Equal(200, (await first.AnswersAsync(Conversation, poll.Id, CancellationToken.None)).Count);
    }

    private static string Activity(int voter) => "act-" + voter.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Answer Vote(Poll poll, int voter) =>
        new(poll.Id, new VoterKey("voter-" + voter.ToString(System.Globalization.CultureInfo.InvariantCulture)), Now) { Choices = ["a"] };
}
