using System.Text.Json;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Meetings;
using static TeamsDialogueBot.Bot.Tests.Display.DisplayFixtures;

namespace TeamsDialogueBot.Bot.Tests.Meeting;

/// <summary>"online now N · spoke so far M" on the shared speakers' list card and the room display, and the session clock.</summary>
public sealed class OnlineViewsTests
{
    private static readonly RosterFigures Roster = new(42, new Dictionary<int, int> { [0] = 57 }, 57);

    [Fact]
    public void Spoke_so_far_counts_distinct_teams_participants_who_had_the_floor_not_typed_room_names()
    {
        var list = ListWithSpeaker();
        list.Ack(Chair, Now.AddMinutes(1)); // Ana (a Teams user here) ends, Ben speaks
        list.Request(new(Domain.Queue.ParticipantId.ForTypedName("Dora Room"), "Dora Room", null, "NGO", Domain.Queue.SpeakerChannel.Room), null, null, Now, Chair);

        var line = OnlineLine.For(list, Roster);

        Assert.Equal(new OnlineLine(42, 2), line);
        Assert.Null(OnlineLine.For(list, new RosterFigures(0, new Dictionary<int, int>(), 0)));
    }

    [Fact]
    public void Spoke_so_far_leaves_out_people_in_the_room_who_had_the_floor_from_their_phones()
    {
        // Ana (a Teams user here) has the floor; a phone in the room requests next and is given the floor.
        var list = ListWithSpeaker();
        var phone = new Domain.Queue.Speaker(Domain.Queue.ParticipantId.ForPhone("AAAAAAAAAAAAAAAAAAAAAA"), "Dora Room", null, "NGO", Domain.Queue.SpeakerChannel.Room);
        list.Request(phone, null, null, Now, Chair);
        Assert.True(list.Ack(Chair, Now.AddMinutes(1), "Dora Room").Succeeded);
        Assert.Equal(phone.Id, list.Current!.Speaker.Id);

        // Online now counts the meeting's Teams roster, so spoke so far may count only the online who spoke: Ana.
        Assert.Equal(new OnlineLine(42, 1), OnlineLine.For(list, Roster));
    }

    [Fact]
    public void The_list_card_footer_shows_the_counts_and_no_roster_names()
    {
        var list = ListWithSpeaker();
        var card = QueueCard.Render(list, new QueueCardContext("Item", Now, [], new OnlineLine(42, 1)), chairView: false);
        var json = CardJson.ToJson(card);

        Assert.Contains("online now 42 · spoke so far 1", json, StringComparison.Ordinal);
        var without = CardJson.ToJson(QueueCard.Render(list, new QueueCardContext("Item", Now, []), chairView: false));
        Assert.DoesNotContain("online now", without, StringComparison.Ordinal);
    }

    [Fact]
    public void The_display_shows_the_counts_and_the_scheduled_end_until_the_meeting_ends()
    {
        var end = Now.AddHours(2);
        var running = new MeetingFacts { ActualStart = Now, ScheduledEnd = end };

        var snapshot = DisplaySnapshotBuilder.Build(Programme, Domain.Programme.AgendaPosition.Item(0), ListWithSpeaker(), null, null, Now, roster: Roster, meeting: running);
        var ended = DisplaySnapshotBuilder.Build(Programme, Domain.Programme.AgendaPosition.Item(0), ListWithSpeaker(), null, null, Now, roster: Roster, meeting: running with { ActualEnd = end });
        var json = JsonSerializer.Serialize(snapshot, new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(new DisplayOnline(42, 1, "Online now 42 · spoke so far 1"), snapshot.Online);
        Assert.Equal(end, snapshot.SessionEndsAt);
        Assert.Null(ended.SessionEndsAt);
        Assert.Contains("\"online\":{\"onlineNow\":42,\"spokeSoFar\":1,\"text\":\"Online now 42 \\u00B7 spoke so far 1\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"sessionEndsAt\":", json, StringComparison.Ordinal);
    }
}
