using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

public sealed class PacerOverHttpTests
{
    [Fact]
    public async Task Pacer_rides_out_429s_from_the_real_connector_and_sends_once_accepted()
    {
        await using var connector = await RecordingConnector.StartAsync();
        using var http = new HttpClient();
        var client = new ConnectorClient(http, NullLogger<ConnectorClient>.Instance);
        var options = new OutboundLaneOptions();
        var pacer = new ConversationPacer("19:meeting_x@thread.v2", options, ConversationPacer.BuildPipeline(options, TimeProvider.System, NullLogger.Instance), TimeProvider.System);
        connector.ThrottleNext(2, TimeSpan.Zero);

        var sent = await pacer.CallAsync(
            ct => client.SendAsync(connector.ServiceUrl, "19:meeting_x@thread.v2", new Activity { Type = ActivityTypes.Message, Text = "agenda" }, ct),
            CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(2, connector.Throttled);
        Assert.Equal(3, connector.Requests.Count);
        Assert.Equal("agenda", Assert.Single(connector.Sent)["text"]!.GetValue<string>());
        Assert.Equal(connector.Requests[^1].ActivityId, sent.Id);
    }
}
