using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Tests.Meeting;

public sealed class MeetingDetailsCacheTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string MeetingId = "MCMxOTptZWV0aW5nX3h4eEB0aHJlYWQudjIjMA==";
    private static readonly ConversationReference Meeting = new()
    {
        ConversationId = "19:meeting_xxx@thread.v2",
        ServiceUrl = ServiceUrl,
        BotId = "28:bot",
        MeetingId = MeetingId,
        ConversationType = "groupChat",
    };

    private static readonly MeetingInfo Details = new(
        MeetingId, "graph-id", new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 4, 11, 0, 0, TimeSpan.Zero),
        "Dialogue", "Scheduled", "29:organizer", "aad-organizer", "tenant");

    private readonly Mock<IConnectorClient> _connector = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Teams_not_answering_within_the_client_timeout_leaves_the_meeting_without_details_and_is_not_kept()
    {
        // HttpClient's own timeout: the read ends cancelled (TaskCanceledException), not faulted.
        _connector.SetupSequence(c => c.GetMeetingInfoAsync(ServiceUrl, MeetingId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing."))
            .ReturnsAsync(Details);
        var cache = new MeetingDetailsCache(_connector.Object, _time, NullLogger<MeetingDetailsCache>.Instance);

        Assert.Null(await cache.GetAsync(Meeting, refresh: false, CancellationToken.None));

        // The next join event a minute later reads again instead of getting the cancelled read for 30 minutes.
        _time.Advance(TimeSpan.FromMinutes(1));
        var details = await cache.GetAsync(Meeting, refresh: false, CancellationToken.None);
        Assert.Equal(Details.ScheduledEndTime, details?.ScheduledEnd);
        _connector.Verify(c => c.GetMeetingInfoAsync(ServiceUrl, MeetingId, It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task No_answer_at_all_from_Teams_leaves_the_meeting_without_details()
    {
        _connector.Setup(c => c.GetMeetingInfoAsync(ServiceUrl, MeetingId, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Connection refused"));
        var cache = new MeetingDetailsCache(_connector.Object, _time, NullLogger<MeetingDetailsCache>.Instance);

        Assert.Null(await cache.GetAsync(Meeting, refresh: false, CancellationToken.None));
    }

    [Fact]
    public async Task The_caller_s_own_cancellation_is_passed_on()
    {
        var never = new TaskCompletionSource<MeetingInfo?>();
        _connector.Setup(c => c.GetMeetingInfoAsync(ServiceUrl, MeetingId, It.IsAny<CancellationToken>())).Returns(never.Task);
        var cache = new MeetingDetailsCache(_connector.Object, _time, NullLogger<MeetingDetailsCache>.Instance);
        using var cancel = new CancellationTokenSource();

        var read = cache.GetAsync(Meeting, refresh: false, cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
    }
}
