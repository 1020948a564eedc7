using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

/// <summary>GET v1/meetings/{meetingId}: the meeting details the bot keeps (scheduled times, organizer, Graph's id).</summary>
public sealed class MeetingInfoTests : IAsyncLifetime
{
    private const string MeetingId = "MCMxOTptZWV0aW5nX05qWTRaRGM1WmpBdFlqQTFaaTAwWlRjeExXRTRaVEV0TUdSa1pqWTFaV1E0WmpCbUB0aHJlYWQudjIjMA==";
    private readonly TrustedServiceUrls _trusted = new(new ServiceUrlPolicy([], allowLoopback: true));
    private RecordingConnector _connector = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _http = new HttpClient(new BotTokenHandler(new AnonymousTokenProvider(), _trusted, NullLogger<BotTokenHandler>.Instance) { InnerHandler = new SocketsHttpHandler() });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Meeting_details_are_read_from_the_escaped_meeting_path()
    {
        var start = new DateTimeOffset(2024, 7, 15, 8, 0, 0, TimeSpan.Zero);
        _connector.SetMeetingInfo(MeetingId, start, start.AddHours(3), "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", "MSoxNmUwYjdiYi05M2Q1");
        var client = new ConnectorClient(_http, NullLogger<ConnectorClient>.Instance);

        var info = await client.GetMeetingInfoAsync(_connector.ServiceUrl, MeetingId, CancellationToken.None);

        Assert.NotNull(info);
        Assert.Equal(start, info.ScheduledStartTime);
        Assert.Equal(start.AddHours(3), info.ScheduledEndTime);
        Assert.Equal("MSoxNmUwYjdiYi05M2Q1", info.MsGraphResourceId);
        Assert.Equal("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", info.OrganizerAadObjectId);
        Assert.Equal("29:6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", info.OrganizerId);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("GET", request.Method);
        Assert.EndsWith("/emea/v1/meetings/" + Uri.EscapeDataString(MeetingId), request.RawTarget, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_or_forbidden_meeting_reads_as_none()
    {
        var client = new ConnectorClient(_http, NullLogger<ConnectorClient>.Instance);

        Assert.Null(await client.GetMeetingInfoAsync(_connector.ServiceUrl, "no-such-meeting", CancellationToken.None));
        Assert.Equal(404, Assert.Single(_connector.Requests).Status);
    }

    [Fact]
    public void The_documented_answer_parses_with_its_stray_spaces_and_missing_parts()
    {
        // The one-on-one call sample of the meeting apps API page: no scheduled times, "organizer  " with two spaces.
        var json = """
            {"details":{"id":"<meeting ID>","type":"OneToOneCall"},
             "conversation":{"isGroup":true,"conversationType":"groupChat","id":"meeting chat ID"},
             "organizer  ":{"id":"29:abc","aadObjectId":"aad-1","objectId":"aad-1","tenantId":"t"}}
            """;

        var info = MeetingInfoParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.NotNull(info);
        Assert.Null(info.ScheduledEndTime);
        Assert.Null(info.MsGraphResourceId);
        Assert.Equal("OneToOneCall", info.Type);
        Assert.Equal("aad-1", info.OrganizerAadObjectId);
        Assert.Null(MeetingInfoParser.Parse(Encoding.UTF8.GetBytes("[1,2]")));
    }
}
