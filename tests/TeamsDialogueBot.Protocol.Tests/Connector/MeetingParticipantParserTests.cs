using System.Text;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

public sealed class MeetingParticipantParserTests
{
    // From /work/shared/samples/activities/meeting-participant-response.json.
    private const string Sample = """
        {
          "user": {
            "id": "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw",
            "aadObjectId": "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01",
            "name": "Co-Chair One",
            "givenName": "Co-Chair",
            "surname": "One",
            "email": "cochair.one@example.org",
            "userPrincipalName": "cochair.one@example.org",
            "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
            "userRole": "user"
          },
          "meeting": { "role": "Organizer", "inMeeting": true },
          "conversation": {
            "isGroup": true,
            "conversationType": "groupChat",
            "id": "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcxLWE4ZTEtMGRkZjY1ZWQ4ZjBm@thread.v2"
          }
        }
        """;

    [Fact]
    public void Sample_response_gives_organizer_in_meeting()
    {
        var participant = MeetingParticipantParser.Parse(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(
            new MeetingParticipant(
                "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bAh6gKVPzFEQaZ1Ya2gmKz0ZHZC4QzxuKaw",
                "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01",
                "Co-Chair One",
                "Organizer",
                true),
            participant);
    }

    [Fact]
    public void Missing_meeting_block_leaves_role_and_presence_unknown()
    {
        var participant = MeetingParticipantParser.Parse("""{ "User": { "Id": "29:x" } }"""u8);

        Assert.Equal("29:x", participant!.UserId);
        Assert.Null(participant.Role);
        Assert.Null(participant.InMeeting);
    }

    [Fact]
    public void Empty_body_is_no_participant()
    {
        Assert.Null(MeetingParticipantParser.Parse([]));
    }
}
