using System.Text;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Tests.Activities;

/// <summary>
/// The messaging endpoint parses each body from a pooled buffer and returns the buffer at once (issue 17), which is only
/// safe while the parsed activity keeps nothing that points into the buffer.
/// </summary>
public sealed class ParsedActivityOwnsItsDataTests
{
    [Fact]
    public void An_activity_keeps_its_value_and_unknown_fields_after_its_body_buffer_is_overwritten()
    {
        var body = Encoding.UTF8.GetBytes("""
            {"type":"invoke","name":"adaptiveCard/action","id":"a1","serviceUrl":"https://smba.trafficmanager.net/emea/",
             "from":{"id":"29:x","aadObjectId":"aad-1"},"conversation":{"id":"19:c"},"somethingNew":{"deep":[1,2,3]},
             "value":{"action":{"type":"Action.Execute","verb":"poll.vote","data":{"pollId":"p1","choice":"b"}}}}
            """);
        var activity = ProtocolJson.ParseActivity(body)!;

        Array.Fill(body, (byte)' ');

        Assert.Equal("""{"action":{"type":"Action.Execute","verb":"poll.vote","data":{"pollId":"p1","choice":"b"}}}""", activity.Value!.Value.GetRawText());
        Assert.Equal("""{"deep":[1,2,3]}""", activity.Extra!["somethingNew"].GetRawText());
        Assert.Equal("aad-1", activity.From!.AadObjectId);
    }
}
