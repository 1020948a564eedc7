using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Queue;

public sealed class FloorFiguresTests
{
    /// <summary>
    /// 10:00:00 Ana (room, NGO) asks; 10:00:30 Bo (remote, NGO); 10:01:00 Cy (remote, academia).
    /// 10:02 ack Ana (waited 2:00); 10:05 ack Bo (Ana spoke 3:00, Bo waited 4:30); 10:07 ack Cy
    /// (Bo spoke 2:00, Cy waited 6:00); 10:07:30 Di (room, youth) asks and withdraws; now 10:08 (Cy 1:00 so far).
    /// </summary>
    private static SpeakersList Example(out DateTimeOffset now)
    {
        var clock = Clock();
        var list = OpenList();
        list.Request(Room("Ana", "NGO"), null, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(30));
        list.Request(Remote("Bo", "ngo"), null, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(30));
        list.Request(Remote("Cy", "academia"), null, null, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(1));
        list.Ack(Chair, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(3));
        list.Ack(Chair, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(2));
        list.Ack(Chair, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromSeconds(30));
        list.Request(Room("Di", "youth"), null, null, clock.GetUtcNow());
        list.Withdraw(Room("Di").Id);
        clock.Advance(TimeSpan.FromSeconds(30));
        now = clock.GetUtcNow();
        return list;
    }

    [Fact]
    public void Figures_by_channel_match_the_hand_computed_example()
    {
        var list = Example(out var now);

        var figures = FloorFigures.Compute(list, now);

        Assert.Equal(
            [
                new FloorFigureRow("Room", 2, 1, Minutes(3), Minutes(3), Minutes(2), 0.5, 0.5),
                new FloorFigureRow("Remote", 2, 2, Minutes(3), Minutes(1.5), Minutes(5.25), 0.5, 0.5),
            ],
            figures.ByChannel);
        Assert.Equal(new FloorFigureRow("Total", 4, 3, Minutes(6), Minutes(2), TimeSpan.FromSeconds(250), 1, 1), figures.Total);
    }

    [Fact]
    public void Figures_by_group_follow_the_configured_order_and_normalise_group_names()
    {
        var list = Example(out var now);

        var figures = FloorFigures.Compute(list, now);

        Assert.Equal(["NGO", "academia", "youth"], figures.ByGroup.Select(r => r.Key));
        var ngo = figures.ByGroup[0];
        Assert.Equal((2, 2, Minutes(5), Minutes(2.5), Minutes(3.25)), (ngo.Requests, ngo.Interventions, ngo.TotalSpeaking, ngo.AverageSpeaking, ngo.AverageWait));
        Assert.Equal(5.0 / 6, ngo.ShareOfSpeaking, 10);
        Assert.Equal(new FloorFigureRow("youth", 1, 0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0, 0.25), figures.ByGroup[2]);
    }

    [Fact]
    public void Summary_is_one_line_for_the_card_footer()
    {
        var list = Example(out var now);

        Assert.Equal("Room 1 · 3:00 | Remote 2 · 3:00 | avg wait 2:00 / 5:15", FloorFigures.Compute(list, now).Summary());
    }

    [Fact]
    public void Summary_of_an_empty_list_has_no_waits()
    {
        Assert.Equal("Room 0 · 0:00 | Remote 0 · 0:00 | avg wait – / –", FloorFigures.Compute(OpenList(), Start).Summary());
    }

    [Fact]
    public void Estimated_waits_count_waiting_entries_ahead_and_what_is_left_of_the_current_speaker()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"), Remote("Cy"), Remote("Di"));
        list.Ack(Chair, clock.GetUtcNow());
        list.Hold(Remote("Cy").Id);
        clock.Advance(TimeSpan.FromMinutes(1));

        var waits = WaitEstimate.Compute(list.Queue, list.SpeakingTime, list.Current, clock.GetUtcNow());

        Assert.Equal([Minutes(2), null, Minutes(5)], waits);
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal([TimeSpan.Zero, null, Minutes(3)], WaitEstimate.Compute(list.Queue, list.SpeakingTime, list.Current, clock.GetUtcNow()));
    }

    private static TimeSpan Minutes(double minutes) => TimeSpan.FromMinutes(minutes);
}
