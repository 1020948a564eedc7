using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Queue;

public sealed class OrderingPolicyTests
{
    // Three in the room and five online, asking interleaved: R1 M1 M2 R2 M3 M4 R3 M5.
    private static readonly Speaker[] Mixed =
    [
        Room("R1", "NGO"), Remote("M1", "NGO"), Remote("M2", "academia"), Room("R2", "youth"),
        Remote("M3", "NGO"), Remote("M4", "academia"), Room("R3", "other"), Remote("M5", "youth"),
    ];

    [Theory]
    [InlineData(OrderingPolicy.Fifo, "R1 M1 M2 R2 M3 M4 R3 M5")]
    [InlineData(OrderingPolicy.Alternate, "R1 M1 R2 M2 R3 M3 M4 M5")]
    [InlineData(OrderingPolicy.FirstTimeFirst, "R1 M1 M2 R2 M3 M4 R3 M5")]
    [InlineData(OrderingPolicy.Groups, "R1 M2 R2 R3 M1 M4 M5 M3")]
    public void Acks_follow_the_policy_for_three_in_the_room_and_five_online(OrderingPolicy policy, string expected)
    {
        var clock = Clock();
        var list = OpenList(policy);
        RequestAll(list, clock, Mixed);

        Assert.Equal(expected, string.Join(' ', QueuedNames(list)));
        Assert.Equal(expected, string.Join(' ', AckAll(list, clock)));
    }

    [Fact]
    public void First_time_first_puts_a_second_intervention_after_newcomers()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.FirstTimeFirst);
        RequestAll(list, clock, Room("Ana"), Remote("Bo"));
        list.Ack(Chair, clock.GetUtcNow());
        RequestAll(list, clock, Room("Ana"), Remote("Cy"));

        Assert.Equal(["Bo", "Cy", "Ana"], QueuedNames(list));
        Assert.Equal("has spoken on this item already; requested at 10:00:02", list.Queue[2].Reason);
        Assert.StartsWith("first intervention on this item", list.Queue[0].Reason, StringComparison.Ordinal);

        list.SetPolicy(Chair, OrderingPolicy.Fifo, clock.GetUtcNow());
        Assert.Equal(["Bo", "Ana", "Cy"], QueuedNames(list));
    }

    [Fact]
    public void Alternate_starts_with_the_other_channel_than_the_last_speaker_and_says_why()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.Alternate);
        RequestAll(list, clock, Room("Ana"), Room("Ben"), Remote("Cy"), Remote("Di"));
        list.Ack(Chair, clock.GetUtcNow());

        Assert.Equal(["Cy", "Ben", "Di"], QueuedNames(list));
        Assert.Equal("alternates with the room: last speaker was in the room", list.Queue[0].Reason);
        Assert.Equal("alternates with remote: previous in line is remote", list.Queue[1].Reason);
        Assert.Equal("alternates with the room: previous in line is in the room", list.Queue[2].Reason);
    }

    [Fact]
    public void Alternate_serves_one_channel_in_request_order_when_the_other_is_empty()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.Alternate);
        RequestAll(list, clock, Remote("Cy"), Remote("Di"));
        list.Ack(Chair, clock.GetUtcNow());

        Assert.Equal(["Di"], QueuedNames(list));
        Assert.Equal("nobody waiting in the room; requested at 10:00:01", list.Queue[0].Reason);
    }

    [Fact]
    public void A_remote_speaker_on_hold_keeps_their_place_but_does_not_cost_remote_its_turn()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.Alternate);
        RequestAll(list, clock, Room("Ana"), Remote("Cy"), Remote("Di"), Room("Ben"));
        list.Ack(Chair, clock.GetUtcNow());
        list.Hold(Remote("Cy").Id);

        Assert.Equal(["Cy", "Di", "Ben"], QueuedNames(list));
        Assert.Equal("on hold; keeps their place in the remote line", list.Queue[0].Reason);

        var next = list.Ack(Chair, clock.GetUtcNow());
        Assert.Equal("Di", next.Entry!.Speaker.Name);

        // Remote has just spoken, so the room's turn comes before Cy's place in the remote line.
        Assert.Equal(["Ben", "Cy"], QueuedNames(list));
    }

    [Fact]
    public void Groups_rotate_after_the_last_speakers_group_and_name_the_next_group()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.Groups);
        RequestAll(list, clock, Room("Ana", "youth"), Remote("Bo", "ngo"), Remote("Cy", "Academia"), Room("Di", "youth"));
        list.Ack(Chair, clock.GetUtcNow());

        Assert.Equal(["Bo", "Cy", "Di"], QueuedNames(list));
        Assert.Equal("next group in rotation: NGO", list.Queue[0].Reason);
        Assert.Equal("next group in rotation: academia", list.Queue[1].Reason);
    }

    [Fact]
    public void Groups_outside_the_configured_list_still_take_part_after_it()
    {
        var clock = Clock();
        var list = OpenList(OrderingPolicy.Groups);
        RequestAll(list, clock, Room("Ana", "member states"), Remote("Bo", "youth"), Remote("Cy", "member states"));

        Assert.Equal(["Ana", "Bo", "Cy"], QueuedNames(list));
        Assert.Equal("earliest request (member states), at 10:00:00", list.Queue[0].Reason);
    }

    [Fact]
    public void Fifo_keeps_arrival_order_for_requests_made_at_the_same_moment()
    {
        var list = OpenList();
        var now = Start;
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(QueueOutcome.Requested, list.Request(Remote($"P{i:000}"), null, null, now).Outcome);
            Assert.Equal(QueueOutcome.AlreadyWaiting, list.Request(Remote($"P{i:000}"), null, null, now).Outcome);
        }

        var queue = list.Queue;
        Assert.Equal(500, queue.Count);
        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"P{i:000}"), queue.Select(o => o.Entry.Speaker.Name));
        Assert.Equal(500, queue.Select(o => o.Entry.Number).Distinct().Count());
    }

    [Theory]
    [InlineData("fifo", OrderingPolicy.Fifo)]
    [InlineData("Alternate", OrderingPolicy.Alternate)]
    [InlineData(" first-time-first ", OrderingPolicy.FirstTimeFirst)]
    [InlineData("GROUPS", OrderingPolicy.Groups)]
    public void Policy_command_words_parse_and_round_trip(string word, OrderingPolicy expected)
    {
        Assert.True(OrderingPolicies.TryParse(word, out var policy));
        Assert.Equal(expected, policy);
        Assert.Equal(word.Trim().ToLowerInvariant(), policy.Value.CommandWord());
        Assert.False(string.IsNullOrWhiteSpace(policy.Value.Describe()));
    }

    [Fact]
    public void Unknown_policy_words_are_refused()
    {
        Assert.False(OrderingPolicies.TryParse("random", out var policy));
        Assert.Null(policy);
        Assert.Equal(4, OrderingPolicies.CommandWords.Count);
    }
}
