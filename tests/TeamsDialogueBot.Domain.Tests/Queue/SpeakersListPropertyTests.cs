using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Queue;

/// <summary>Random sequences of operations with fixed seeds, so a failure reproduces.</summary>
public sealed class SpeakersListPropertyTests
{
    private static readonly string[] GroupNames = ["NGO", "academia", "youth", "private sector", "member states"];

    private static readonly Speaker[] People = Enumerable.Range(0, 12)
        .Select(i => i % 2 == 0
            ? Room($"Room {i}", GroupNames[i % GroupNames.Length])
            : Remote($"Remote {i}", GroupNames[i % GroupNames.Length]))
        .ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_operations_never_lose_or_duplicate_a_request(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 700; run++)
        {
            var clock = Clock();
            var list = OpenList((OrderingPolicy)random.Next(4));
            for (var step = 0; step < 60; step++)
            {
                clock.Advance(TimeSpan.FromSeconds(random.Next(0, 90)));
                var before = list.ToSnapshot();
                var (result, requested) = RandomOperation(list, random, clock.GetUtcNow(), allowManual: true);
                CheckInvariants(before, list, result, requested);
            }
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Under_alternate_neither_channel_waits_more_than_one_turn_while_both_have_someone_waiting(int seed)
    {
        var (checkedAcks, sameChannelTwice) = CountAlternation(OrderingPolicy.Alternate, seed);

        Assert.Equal(0, sameChannelTwice);
        Assert.True(checkedAcks > 500, $"only {checkedAcks} acks had both channels waiting");
    }

    [Fact]
    public void The_alternation_check_does_catch_a_policy_that_does_not_alternate()
    {
        var (_, sameChannelTwice) = CountAlternation(OrderingPolicy.Fifo, 11);

        Assert.True(sameChannelTwice > 0);
    }

    /// <summary>Acks (without target, moves or policy switches) where both channels had someone waiting.</summary>
    private static (int Checked, int SameChannelTwice) CountAlternation(OrderingPolicy policy, int seed)
    {
        var random = new Random(seed);
        int checkedAcks = 0, sameChannelTwice = 0;
        for (var run = 0; run < 700; run++)
        {
            var clock = Clock();
            var list = OpenList(policy);
            for (var step = 0; step < 60; step++)
            {
                clock.Advance(TimeSpan.FromSeconds(random.Next(0, 90)));
                var waiting = list.Entries.Where(e => e.State == EntryState.Waiting).Select(e => e.Speaker.Channel).ToHashSet();
                var last = list.Entries.Where(e => e.Turn is not null).MaxBy(e => e.Turn)?.Speaker.Channel;
                var before = list.ToSnapshot();
                var (result, requested) = RandomOperation(list, random, clock.GetUtcNow(), allowManual: false);
                CheckInvariants(before, list, result, requested);

                if (result.Outcome == QueueOutcome.FloorGiven && waiting.Count == 2 && last is not null)
                {
                    checkedAcks++;
                    sameChannelTwice += last == result.Entry!.Speaker.Channel ? 1 : 0;
                }
            }
        }

        return (checkedAcks, sameChannelTwice);
    }

    private static (QueueResult Result, Speaker? Requested) RandomOperation(SpeakersList list, Random random, DateTimeOffset now, bool allowManual)
    {
        var person = People[random.Next(People.Length)];
        var position = (random.Next(list.Queue.Count + 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var roll = random.Next(100);
        return roll switch
        {
            < 35 => (list.Request(person, random.Next(3) == 0 ? "to say " + new string('x', random.Next(300)) : null, null, now,
                random.Next(4) == 0 ? Chair : null), person),
            < 43 => (list.Withdraw(person.Id), null),
            < 50 => (list.Hold(person.Id), null),
            < 57 => (list.Resume(person.Id), null),
            < 75 => (list.Ack(Chair, now, allowManual && random.Next(4) == 0 ? position : null), null),
            < 80 => (list.Skip(Chair, now), null),
            < 86 when allowManual => (list.Move(Chair, position, random.Next(list.Queue.Count + 2), now), null),
            < 89 when allowManual => (list.Remove(Chair, position, now), null),
            < 93 when allowManual => (list.SetPolicy(Chair, (OrderingPolicy)random.Next(4), now), null),
            < 94 => (list.Clear(Chair, now), null),
            < 96 => (list.Close(Chair, now), null),
            _ => (list.Open(Chair, now), null),
        };
    }

    private static void CheckInvariants(SpeakersListSnapshot before, SpeakersList after, QueueResult result, Speaker? requested)
    {
        var entries = after.Entries;

        // Nothing lost: every earlier entry is still there under its number; a new one only from a new request.
        Assert.Equal(entries.Count, entries.Select(e => e.Number).Distinct().Count());
        var now = entries.ToDictionary(e => e.Number);
        foreach (var old in before.Entries)
        {
            var current = now[old.Number];
            Assert.Equal(old.Speaker.Id, current.Speaker.Id);
            Assert.Equal(old.RequestedAt, current.RequestedAt);
            Assert.True(old.State == current.State || EntryTransitions.IsLegal(old.State, current.State),
                $"{old.State} → {current.State}");
        }

        var added = result.Outcome == QueueOutcome.Requested ? 1 : 0;
        Assert.Equal(before.Entries.Count + added, entries.Count);
        if (requested is not null && result.Succeeded)
        {
            Assert.Contains(after.Queue, o => o.Entry.Speaker.Id == requested.Id && o.Entry.Number == result.Entry!.Number);
        }

        // Each participant at most once in the queue, and the queue is exactly the queued entries.
        var queue = after.Queue;
        var queued = entries.Where(e => e.IsQueued).ToList();
        Assert.Equal(queued.Count, queue.Count);
        Assert.Equal(queued.Select(e => e.Number).Order(), queue.Select(o => o.Entry.Number).Order());
        Assert.Equal(queue.Count, queue.Select(o => o.Entry.Speaker.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, queue.Count), queue.Select(o => o.Position));
        Assert.All(queue, o => Assert.False(string.IsNullOrWhiteSpace(o.Reason)));
        Assert.True(entries.Count(e => e.State == EntryState.Speaking) <= 1);
        Assert.All(entries, e => Assert.True(e.Topic is null || e.Topic.Length <= TopicText.MaxLength));

        // Version moves with every change and only then.
        var changed = result.Succeeded && result.Outcome is not (QueueOutcome.AlreadyWaiting or QueueOutcome.Unchanged);
        if (changed)
        {
            Assert.True(after.Version > before.Version, $"{result.Outcome} did not bump the version");
        }
        else
        {
            Assert.Equal(before.Version, after.Version);
            Assert.Equal(before.Entries, entries);
        }
    }
}
