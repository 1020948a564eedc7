using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Queue;

public sealed class SpeakersListChairTests
{
    [Fact]
    public void Leaving_the_position_ends_the_current_intervention_and_calls_nobody()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"));
        Assert.Equal(QueueOutcome.FloorGiven, list.Ack(Chair, clock.GetUtcNow()).Outcome);
        clock.Advance(TimeSpan.FromMinutes(2));

        var ended = list.EndCurrent(Chair, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.InterventionEnded, ended.Outcome);
        Assert.Null(list.Current);
        Assert.Equal((EntryState.Done, clock.GetUtcNow()), (list.Entries[0].State, list.Entries[0].EndedAt));
        Assert.Equal(["Bo"], QueuedNames(list));
        Assert.Equal("ended Ana", list.Audit[^1].Detail);
        var version = list.Version;
        Assert.Equal(QueueOutcome.Unchanged, list.EndCurrent(Chair, clock.GetUtcNow()).Outcome);
        Assert.Equal(version, list.Version);
    }

    [Fact]
    public void The_head_mark_names_who_speaks_and_who_ack_would_call_next()
    {
        var clock = Clock();
        var list = OpenList();
        Assert.Equal("0.0", list.HeadMark);

        RequestAll(list, clock, Remote("Ana"), Room("Ben"), Remote("Cy"));
        Assert.Equal("0.1", list.HeadMark);

        // Someone on hold is passed over by ack, so the mark passes over them too.
        list.Hold(Remote("Ana").Id);
        Assert.Equal("0.2", list.HeadMark);

        list.Ack(Chair, clock.GetUtcNow());
        Assert.Equal("2.3", list.HeadMark);

        list.Skip(Chair, clock.GetUtcNow());
        Assert.Equal("2.0", list.HeadMark);

        list.Resume(Remote("Ana").Id);
        list.Ack(Chair, clock.GetUtcNow());
        Assert.Equal("1.0", list.HeadMark);
    }

    [Fact]
    public void Ack_gives_floor_to_next_speaker_and_ends_the_current_intervention()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Room("Ben"));
        var first = list.Ack(Chair, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(2));

        var second = list.Ack(Chair, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.FloorGiven, first.Outcome);
        Assert.Null(first.Ended);
        Assert.Equal("Ben", second.Entry!.Speaker.Name);
        Assert.Equal(EntryState.Speaking, second.Entry.State);
        Assert.Equal(2, second.Entry.Turn);
        Assert.Equal(clock.GetUtcNow(), second.Entry.StartedAt);
        Assert.Equal("Ana", second.Ended!.Speaker.Name);
        Assert.Equal(EntryState.Done, second.Ended.State);
        Assert.Equal(TimeSpan.FromMinutes(2), second.Ended.EndedAt - second.Ended.StartedAt);
        Assert.Equal("Ben", list.Current!.Speaker.Name);
    }

    [Fact]
    public void Ack_with_nobody_waiting_ends_the_current_intervention_then_refuses()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"));
        list.Ack(Chair, clock.GetUtcNow());

        var end = list.Ack(Chair, clock.GetUtcNow());
        var nothing = list.Ack(Chair, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.InterventionEnded, end.Outcome);
        Assert.Equal(EntryState.Done, end.Ended!.State);
        Assert.Null(list.Current);
        Assert.Equal(QueueOutcome.NobodyWaiting, nothing.Outcome);
        Assert.False(nothing.Succeeded);
    }

    [Theory]
    [InlineData("3", "Cy")]
    [InlineData("cy", "Cy")]
    [InlineData("ana", "Ana")]
    [InlineData("bel", "Anabel")]
    public void Ack_calls_a_specific_speaker_by_position_or_name(string target, string expected)
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Anabel"), Room("Cy"));

        var result = list.Ack(Chair, clock.GetUtcNow(), target);

        Assert.Equal(expected, result.Entry!.Speaker.Name);
        Assert.Equal(2, list.Queue.Count);
    }

    [Theory]
    [InlineData("4", QueueOutcome.NotFound)]
    [InlineData("0", QueueOutcome.NotFound)]
    [InlineData("Zed", QueueOutcome.NotFound)]
    [InlineData("an", QueueOutcome.Ambiguous)]
    public void Unknown_targets_fail_with_the_valid_positions_and_change_nothing(string target, QueueOutcome expected)
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Anabel"), Room("Dan"), Room("Cy"));
        list.Ack(Chair, clock.GetUtcNow());
        var version = list.Version;

        var results = new[]
        {
            list.Ack(Chair, clock.GetUtcNow(), target),
            list.Skip(Chair, clock.GetUtcNow(), target),
            list.Remove(Chair, target, clock.GetUtcNow()),
            list.Move(Chair, target, 1, clock.GetUtcNow()),
        };

        Assert.All(results, r =>
        {
            Assert.Equal(expected, r.Outcome);
            Assert.False(r.Succeeded);
            Assert.Equal([1, 2, 3], r.Candidates.Select(c => c.Position));
        });
        Assert.Equal(version, list.Version);
        Assert.Equal("Ana", list.Current!.Speaker.Name);
    }

    [Fact]
    public void Ack_by_name_calls_someone_on_hold()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"));
        list.Hold(Remote("Ana").Id);

        Assert.Equal("Ana", list.Ack(Chair, clock.GetUtcNow(), "Ana").Entry!.Speaker.Name);
    }

    [Fact]
    public void Skip_passes_the_next_waiting_speaker_without_ending_the_current_one()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"), Remote("Cy"));
        list.Ack(Chair, clock.GetUtcNow());

        var skipped = list.Skip(Chair, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.Skipped, skipped.Outcome);
        Assert.Equal(EntryState.Skipped, skipped.Entry!.State);
        Assert.Equal("Bo", skipped.Entry.Speaker.Name);
        Assert.Equal("Ana", list.Current!.Speaker.Name);
        Assert.Equal(["Cy"], QueuedNames(list));
    }

    [Fact]
    public void Skip_with_nobody_waiting_is_refused()
    {
        Assert.Equal(QueueOutcome.NobodyWaiting, OpenList().Skip(Chair, Start).Outcome);
    }

    [Fact]
    public void Move_places_an_entry_and_it_moves_up_with_the_line()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("A"), Remote("B"), Remote("C"), Remote("D"));

        var moved = list.Move(Chair, "4", 2, clock.GetUtcNow());
        Assert.Equal(QueueOutcome.Moved, moved.Outcome);
        Assert.Equal(2, moved.Position);
        Assert.Equal(["A", "D", "B", "C"], QueuedNames(list));
        Assert.Equal("placed here by the chair", list.Queue[1].Reason);

        list.Ack(Chair, clock.GetUtcNow());
        RequestAll(list, clock, Remote("E"));
        Assert.Equal(["D", "B", "C", "E"], QueuedNames(list));

        list.SetPolicy(Chair, OrderingPolicy.Alternate, clock.GetUtcNow());
        Assert.Equal("D", list.Ack(Chair, clock.GetUtcNow()).Entry!.Speaker.Name);
    }

    [Fact]
    public void A_second_move_keeps_the_first_placement_where_it_landed()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("A"), Remote("B"), Remote("C"), Remote("D"), Remote("E"));

        list.Move(Chair, "E", 1, clock.GetUtcNow());
        list.Move(Chair, "D", 1, clock.GetUtcNow());

        Assert.Equal(["D", "E", "A", "B", "C"], QueuedNames(list));
        list.Move(Chair, "1", 5, clock.GetUtcNow());
        Assert.Equal(["E", "A", "B", "C", "D"], QueuedNames(list));
    }

    [Fact]
    public void Move_to_a_position_outside_the_queue_is_refused_with_the_valid_positions()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("A"), Remote("B"));

        var result = list.Move(Chair, "1", 3, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.InvalidPosition, result.Outcome);
        Assert.Equal([1, 2], result.Candidates.Select(c => c.Position));
        Assert.Equal(["A", "B"], QueuedNames(list));
    }

    [Fact]
    public void Remove_withdraws_the_entry_on_behalf_of_the_chair()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("A"), Remote("B"));

        var result = list.Remove(Chair, "1", clock.GetUtcNow());

        Assert.Equal(QueueOutcome.Removed, result.Outcome);
        Assert.Equal(EntryState.Withdrawn, result.Entry!.State);
        Assert.Equal(["B"], QueuedNames(list));
    }

    [Fact]
    public void Clear_withdraws_every_queued_entry_but_keeps_the_speaker()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("A"), Remote("B"), Remote("C"));
        list.Ack(Chair, clock.GetUtcNow());
        list.Hold(Remote("C").Id);

        Assert.Equal(QueueOutcome.Cleared, list.Clear(Chair, clock.GetUtcNow()).Outcome);
        Assert.Empty(list.Queue);
        Assert.Equal("A", list.Current!.Speaker.Name);
        Assert.Equal(QueueOutcome.Unchanged, list.Clear(Chair, clock.GetUtcNow()).Outcome);
    }

    [Fact]
    public void Open_close_policy_and_time_are_no_ops_when_nothing_changes()
    {
        var list = OpenList();
        var version = list.Version;

        Assert.Equal(QueueOutcome.Unchanged, list.Open(Chair, Start).Outcome);
        Assert.Equal(QueueOutcome.Unchanged, list.SetPolicy(Chair, OrderingPolicy.Fifo, Start).Outcome);
        Assert.Equal(QueueOutcome.Unchanged, list.SetSpeakingTime(Chair, TimeSpan.FromMinutes(3), Start).Outcome);
        Assert.Equal(version, list.Version);
        Assert.Equal(QueueOutcome.Closed, list.Close(Chair, Start).Outcome);
        Assert.False(list.IsOpen);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(3601)]
    public void Speaking_time_must_be_positive_and_at_most_an_hour(int seconds)
    {
        var list = OpenList();

        Assert.Equal(QueueOutcome.InvalidSpeakingTime, list.SetSpeakingTime(Chair, TimeSpan.FromSeconds(seconds), Start).Outcome);
        Assert.Equal(TimeSpan.FromMinutes(3), list.SpeakingTime);
    }

    [Fact]
    public void Every_chair_change_is_in_the_audit_trail_with_who_what_and_when()
    {
        var clock = Clock();
        var list = OpenList();
        list.Request(Room("Ana Silva"), null, null, clock.GetUtcNow(), Chair);
        list.Request(Remote("Bo"), null, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(1));
        list.Move(Chair, "2", 1, clock.GetUtcNow());
        list.Ack(Chair, clock.GetUtcNow());
        list.Skip(Chair, clock.GetUtcNow());
        list.SetPolicy(Chair, OrderingPolicy.Groups, clock.GetUtcNow());
        list.SetSpeakingTime(Chair, TimeSpan.FromSeconds(150), clock.GetUtcNow());
        list.Close(Chair, clock.GetUtcNow());

        Assert.Equal(
            [
                "system queue open ",
                "aad-chair q+ Ana Silva (ROOM, NGO)",
                "aad-chair move #2 Bo → 1",
                "aad-chair ack floor to Bo",
                "aad-chair skip #1 Ana Silva",
                "aad-chair policy fifo → groups",
                "aad-chair time 3:00 → 2:30",
                "aad-chair queue close ",
            ],
            list.Audit.Select(a => $"{a.ActorId} {a.Action} {a.Detail}"));
        Assert.Equal(Start.AddMinutes(1), list.Audit[^1].At);
        Assert.Equal("Co-chair", list.Audit[^1].ActorName);
    }
}
