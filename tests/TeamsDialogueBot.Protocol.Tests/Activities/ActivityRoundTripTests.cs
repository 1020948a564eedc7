using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Tests.Activities;

public sealed class ActivityRoundTripTests
{
    public static TheoryData<string> AllFixtures => new()
    {
        TeamsActivityFixtures.MessageWithMentionInMeetingChat,
        TeamsActivityFixtures.AdaptiveCardActionInvoke,
        TeamsActivityFixtures.ConversationUpdateBotAdded,
        TeamsActivityFixtures.MeetingStartEvent,
        TeamsActivityFixtures.InstallationUpdateAdd,
        TeamsActivityFixtures.ActionSubmitMessage,
    };

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void Reserialising_a_Teams_activity_gives_back_the_same_json(string json)
    {
        var reserialised = RoundTrip(json);

        AssertSameJson(json, reserialised);
    }

    [Fact]
    public void Unknown_fields_at_every_level_survive_a_round_trip()
    {
        const string json = """
            {
              "type": "message",
              "id": "1721031151999",
              "channelId": "msteams",
              "serviceUrl": "https://smba.trafficmanager.net/emea/",
              "text": "hello",
              "futureTopLevel": { "nested": [1, 2.5, true, null, "x"] },
              "from": { "id": "29:abc", "name": "Delegate", "userRole": "user", "tenantId": "t1" },
              "recipient": { "id": "28:bot", "name": "Dialogue Bot", "futureRecipientField": 7 },
              "conversation": { "id": "19:c@thread.v2", "conversationType": "groupChat", "isGroup": true, "futureConversationField": "y" },
              "entities": [
                { "type": "mention", "text": "<at>Dialogue Bot</at>", "mentioned": { "id": "28:bot", "name": "Dialogue Bot", "role": "bot" }, "futureMentionField": false },
                { "type": "https://schema.org/Message", "@type": "Message", "@context": "https://schema.org", "citation": [] }
              ],
              "attachments": [ { "contentType": "text/html", "content": "<p>hi</p>", "futureAttachmentField": 1 } ],
              "channelData": {
                "tenant": { "id": "t1", "futureTenantField": "z" },
                "meeting": { "id": "m1" },
                "settings": { "selectedChannel": { "id": "19:general" } },
                "notification": { "alert": true, "futureNotificationField": 3 },
                "onBehalfOf": [ { "itemId": 0, "mentionType": "person", "mri": "29:abc", "displayName": "Delegate" } ]
              }
            }
            """;

        var reserialised = RoundTrip(json);

        AssertSameJson(json, reserialised);
        var parsed = Parse(json);
        Assert.Equal("user", parsed.From!.Extra!["userRole"].GetString());
        Assert.Equal("y", parsed.Conversation!.Extra!["futureConversationField"].GetString());
        Assert.Equal("bot", parsed.Entities![0].Mentioned!.Role);
        Assert.True(parsed.ChannelData!.Extra!.ContainsKey("onBehalfOf"));
    }

    [Fact]
    public void Timestamps_keep_their_instant_and_offset()
    {
        var activity = Parse(TeamsActivityFixtures.MessageWithMentionInMeetingChat);

        var again = Parse(Encoding.UTF8.GetString(ProtocolJson.Serialize(activity)));

        Assert.Equal(new DateTimeOffset(2024, 7, 15, 8, 12, 31, 224, TimeSpan.Zero), again.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), again.LocalTimestamp!.Value.Offset);
        Assert.Equal(again.Timestamp, again.LocalTimestamp);
    }

    private static Activity Parse(string json) =>
        ProtocolJson.ParseActivity(Encoding.UTF8.GetBytes(json)) ?? throw new InvalidOperationException("null activity");

    private static string RoundTrip(string json) => Encoding.UTF8.GetString(ProtocolJson.Serialize(Parse(json)));

    private static void AssertSameJson(string expected, string actual)
    {
        var expectedNode = NormaliseTimestamps(JsonNode.Parse(expected));
        var actualNode = NormaliseTimestamps(JsonNode.Parse(actual));
        Assert.True(JsonNode.DeepEquals(expectedNode, actualNode), $"Round-trip changed the JSON.\nExpected: {expected}\nActual:   {actual}");
    }

    // Teams writes "…:02.1230000Z", System.Text.Json "…:02.123+00:00": the same instant and offset,
    // which is what the timestamp means, so compare those rather than the spelling.
    private static JsonNode? NormaliseTimestamps(JsonNode? node)
    {
        if (node is JsonObject activity)
        {
            foreach (var name in new[] { "timestamp", "localTimestamp" })
            {
                if (activity[name] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    var instant = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
                    activity[name] = instant.ToString("O", CultureInfo.InvariantCulture);
                }
            }
        }

        return node;
    }
}
