using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

public sealed class LanesOverHttpTests
{
    [Fact]
    public async Task Lane_rides_out_429s_from_the_real_connector_and_sends_once_accepted()
    {
        await using var connector = await RecordingConnector.StartAsync();
        using var http = new HttpClient();
        var client = new ConnectorClient(http, NullLogger<ConnectorClient>.Instance);
        await using var lanes = new OutboundLanes(client, TimeProvider.System, NullLogger<OutboundLanes>.Instance);
        connector.ThrottleNext(2, TimeSpan.Zero);

        var sent = await lanes.SendAsync(new ConversationAddress(connector.ServiceUrl, "19:meeting_x@thread.v2"),
            new Activity { Type = ActivityTypes.Message, Text = "agenda" }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, connector.Throttled);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal("agenda", Assert.Single(connector.Sent)["text"]!.GetValue<string>());
        Assert.Equal(connector.Requests[^1].ActivityId, sent.Id);
    }
}
