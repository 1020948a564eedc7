using System.Text.Json;
using TeamsDialogueBot.Bot.Meeting;

namespace TeamsDialogueBot.Bot.Tests.Meeting;

public sealed class MeetingEventValueTests
{
    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Participant_events_are_read_whatever_the_casing_of_their_keys()
    {
        var pascal = Json("""
            {"Members":[{"User":{"Id":"29:ana","AadObjectId":"aad-ana","Name":"Ana"},"Meeting":{"InMeeting":true,"Role":"Attendee"}},
                        {"User":{"Id":"28:bot","Name":"Dialogue Bot"},"Meeting":{"InMeeting":true,"Role":"bot"}}]}
            """);
        var camel = Json("""{"members":[{"user":{"id":"29:bo","name":"Bo"},"meeting":{"inMeeting":true,"role":"Attendee"}}]}""");

        var ana = Assert.Single(MeetingEventValue.Members(pascal));
        var bo = Assert.Single(MeetingEventValue.Members(camel));

        Assert.Equal(("29:ana", "aad-ana", "aad-ana"), (ana.Mri, ana.AadObjectId, ana.Key));
        Assert.Equal(("29:bo", null, "29:bo"), (bo.Mri, bo.AadObjectId, bo.Key));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"members":"everyone"}""")]
    [InlineData("""{"members":[null, 3, {"user":null}, {"user":{"name":"no id"}}, {"user":{"id":42}}]}""")]
    public void Members_without_a_user_id_are_left_out(string json) =>
        Assert.Empty(MeetingEventValue.Members(Json(json)));

    [Fact]
    public void Start_and_end_times_are_read_as_instants()
    {
        var value = Json("""{"MeetingType":"Scheduled","StartTime":"2024-07-15T08:00:02.9890000Z","EndTime":"not a time"}""");

        Assert.Equal(new DateTimeOffset(2024, 7, 15, 8, 0, 2, 989, TimeSpan.Zero), MeetingEventValue.Time(value, "StartTime"));
        Assert.Null(MeetingEventValue.Time(value, "EndTime"));
        Assert.Null(MeetingEventValue.Time(null, "StartTime"));
    }
}
