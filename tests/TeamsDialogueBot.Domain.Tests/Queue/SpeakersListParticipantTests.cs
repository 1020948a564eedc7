using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Domain.Tests.Queue.QueueKit;

namespace TeamsDialogueBot.Domain.Tests.Queue;

public sealed class SpeakersListParticipantTests
{
    [Fact]
    public void A_new_list_is_closed_until_opened()
    {
        var list = SpeakersList.Create("conv", 0, TimeSpan.FromMinutes(3));

        var result = list.Request(Remote("Ana"), null, null, Start);

        Assert.False(result.Succeeded);
        Assert.Equal(QueueOutcome.QueueClosed, result.Outcome);
        Assert.Empty(list.Entries);
        Assert.Equal(0, list.Version);
    }

    [Fact]
    public void A_queued_speaker_s_corrected_details_show_in_their_place_while_the_one_speaking_keeps_theirs()
    {
        var clock = Clock();
        var list = OpenList();
        var phone = ParticipantId.ForPhone("AAAAAAAAAAAAAAAAAAAAAA");
        RequestAll(list, clock, Remote("Ana"), new Speaker(phone, "Bo Lnd", null, "NGO", SpeakerChannel.Room), Remote("Cy"));
        list.Close(Chair, clock.GetUtcNow()); // a closed list still takes a correction: it adds nobody
        var version = list.Version;

        var corrected = list.CorrectSpeaker(new Speaker(phone, "Bo Lund", "UNODC", "Academia", SpeakerChannel.Room));

        Assert.Equal(QueueOutcome.SpeakerCorrected, corrected.Outcome);
        Assert.Equal(2, corrected.Position);
        Assert.Equal(["Ana", "Bo Lund", "Cy"], QueuedNames(list));
        Assert.Equal(("UNODC", "Academia", 2), (list.Entries[1].Speaker.Organisation, list.Entries[1].Speaker.Group, list.Entries[1].Number));
        Assert.Equal(version + 1, list.Version);
        Assert.Equal(QueueOutcome.Unchanged, list.CorrectSpeaker(new Speaker(phone, "Bo Lund", "UNODC", "Academia", SpeakerChannel.Room)).Outcome);
        Assert.Equal(version + 1, list.Version);

        Assert.Equal(QueueOutcome.FloorGiven, list.Ack(Chair, clock.GetUtcNow()).Outcome);
        Assert.Equal(QueueOutcome.NotWaiting, list.CorrectSpeaker(Remote("Ana") with { Name = "Ana Lima" }).Outcome);
        Assert.Equal("Ana", list.Current!.Speaker.Name);
        Assert.Equal(QueueOutcome.NotWaiting, list.CorrectSpeaker(Remote("Dee")).Outcome);
        Assert.Equal(3, list.Entries.Count);
    }

    [Fact]
    public void Request_puts_the_participant_in_the_queue_and_tells_their_position()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"));

        var result = list.Request(Remote("Bo"), "to say  the review\nneeds NGOs", 3, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.Requested, result.Outcome);
        Assert.Equal(2, result.Position);
        Assert.Equal("to say the review needs NGOs", result.Entry!.Topic);
        Assert.Equal(3, result.Entry.GuidingQuestion);
        Assert.Equal(EntryState.Waiting, result.Entry.State);
        Assert.Equal(clock.GetUtcNow(), result.Entry.RequestedAt);
    }

    [Fact]
    public void Asking_twice_updates_the_topic_and_keeps_the_place()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"));
        var version = list.Version;

        var same = list.Request(Remote("Ana"), null, null, clock.GetUtcNow());
        Assert.Equal(QueueOutcome.AlreadyWaiting, same.Outcome);
        Assert.Equal(version, list.Version);

        var updated = list.Request(Remote("Ana"), "on question 2", null, clock.GetUtcNow());
        Assert.Equal(QueueOutcome.TopicUpdated, updated.Outcome);
        Assert.Equal(1, updated.Position);
        Assert.Equal(Start, updated.Entry!.RequestedAt);
        Assert.Equal(2, list.Entries.Count);
        Assert.True(list.Version > version);
    }

    [Fact]
    public void A_chair_adding_the_same_room_name_twice_makes_no_duplicate()
    {
        var list = OpenList();

        list.Request(Room("Ana Silva"), null, null, Start, Chair);
        var again = list.Request(Room("ana  SILVA"), null, null, Start, Chair);

        Assert.Single(list.Queue);
        Assert.Equal(QueueOutcome.TopicUpdated, again.Outcome);
        Assert.Equal("ana  SILVA", list.Queue[0].Entry.Speaker.Name);
    }

    [Fact]
    public void Topics_over_200_characters_are_cut_with_an_ellipsis()
    {
        var list = OpenList();

        var entry = list.Request(Remote("Ana"), new string('x', 250), null, Start).Entry!;

        Assert.Equal(200, entry.Topic!.Length);
        Assert.EndsWith("x…", entry.Topic, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutting_a_topic_never_splits_an_emoji()
    {
        var topic = new string('x', 198) + "😀😀😀";

        var cut = TopicText.Clean(topic)!;

        Assert.Equal(new string('x', 198) + "…", cut);
        Assert.Equal(new string('x', 197) + "😀…", TopicText.Clean(new string('x', 197) + "😀😀😀"));
        Assert.Null(TopicText.Clean("   "));
    }

    [Fact]
    public void A_closed_list_refuses_participants_but_not_chairs()
    {
        var list = OpenList();
        list.Close(Chair, Start);

        Assert.Equal(QueueOutcome.QueueClosed, list.Request(Remote("Ana"), null, null, Start).Outcome);
        Assert.Equal(QueueOutcome.Requested, list.Request(Room("Ben"), null, null, Start, Chair).Outcome);
        Assert.Equal(["Ben"], QueuedNames(list));
    }

    [Fact]
    public void Withdraw_takes_the_participant_out_and_a_second_withdraw_is_refused()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"));

        var result = list.Withdraw(Remote("Ana").Id);

        Assert.Equal(QueueOutcome.Withdrawn, result.Outcome);
        Assert.Equal(EntryState.Withdrawn, result.Entry!.State);
        Assert.Equal(["Bo"], QueuedNames(list));
        Assert.Equal(QueueOutcome.NotWaiting, list.Withdraw(Remote("Ana").Id).Outcome);
    }

    [Fact]
    public void Asking_again_after_withdrawing_goes_to_the_back()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"));
        list.Withdraw(Remote("Ana").Id);
        RequestAll(list, clock, Remote("Ana"));

        Assert.Equal(["Bo", "Ana"], QueuedNames(list));
        Assert.Equal(3, list.Entries.Count);
    }

    [Fact]
    public void Ack_passes_over_someone_on_hold_who_keeps_their_place()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"), Remote("Bo"), Remote("Cy"));

        Assert.Equal(QueueOutcome.OnHold, list.Hold(Remote("Ana").Id).Outcome);
        Assert.Equal("Bo", list.Ack(Chair, clock.GetUtcNow()).Entry!.Speaker.Name);
        Assert.Equal(["Ana", "Cy"], QueuedNames(list));

        Assert.Equal(QueueOutcome.Resumed, list.Resume(Remote("Ana").Id).Outcome);
        Assert.Equal("Ana", list.Ack(Chair, clock.GetUtcNow()).Entry!.Speaker.Name);
    }

    [Fact]
    public void Hold_and_resume_refuse_the_wrong_state()
    {
        var list = OpenList();
        list.Request(Remote("Ana"), null, null, Start);

        Assert.Equal(QueueOutcome.NotOnHold, list.Resume(Remote("Ana").Id).Outcome);
        list.Hold(Remote("Ana").Id);
        Assert.Equal(QueueOutcome.NotWaiting, list.Hold(Remote("Ana").Id).Outcome);
        Assert.Equal(QueueOutcome.NotWaiting, list.Hold(Remote("Nobody").Id).Outcome);
    }

    [Fact]
    public void Asking_after_speaking_is_a_second_intervention()
    {
        var clock = Clock();
        var list = OpenList();
        RequestAll(list, clock, Remote("Ana"));
        list.Ack(Chair, clock.GetUtcNow());

        var again = list.Request(Remote("Ana"), null, null, clock.GetUtcNow());

        Assert.Equal(QueueOutcome.Requested, again.Outcome);
        Assert.Equal(2, list.Entries.Count);
        Assert.Equal(EntryState.Speaking, list.Entries[0].State);
    }
}
