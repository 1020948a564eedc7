using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Meeting.MeetingKit;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>
/// Teams' meetingStart and meetingEnd events out of order or more than once under new ids: an end reported again, an
/// end older than the start it would close, a start that arrives after its end. None may close the running meeting,
/// tell the chairs twice, or post the agenda card into a meeting that is over.
/// </summary>
public sealed class MeetingEventOrderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Started = new(2024, 7, 15, 8, 0, 2, TimeSpan.Zero);
    private static readonly TeamsUser Eva = User(1, "Eva Novak");
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _connector.SetMeetingRole(Eva.AadObjectId, "Attendee");
        _connector.SetMeetingInfo(Teams.MeetingId, Started, Started.AddHours(3), Organizer, GraphMeetingId);
        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task An_end_older_than_the_current_start_closes_nothing_and_tells_nobody()
    {
        // The next occurrence of a recurring meeting has started; the end of the one before arrives late.
        await _host.SendAsync(Start(_teams, Started));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "poll q1"));
        await _host.SendAsync(_teams.Mention(Eva, "q+"));

        await _host.SendAsync(End(_teams, Started.AddDays(-7).AddHours(3)));
        await _host.SentAsync();

        var poll = Assert.Single(await _host.Services.GetRequiredService<IPollStore>().ListAsync(_teams.ConversationId, CancellationToken.None));
        Assert.True(poll.IsOpen);
        Assert.True((await StoredListAsync(_host, _teams.ConversationId)).IsOpen);
        Assert.True((await MeetingAsync(_host, _teams.ConversationId))!.IsRunning);
        Assert.Empty(Notices());
    }

    [Fact]
    public async Task A_second_end_with_another_time_keeps_the_first_and_tells_the_chairs_once()
    {
        await _host.SendAsync(Start(_teams, Started));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "poll q1"));

        await _host.SendAsync(End(_teams, Started.AddHours(3)));
        await _host.SendAsync(End(_teams, Started.AddHours(3).AddSeconds(4)));
        await _host.SentAsync();

        Assert.Equal(Started.AddHours(3), (await MeetingAsync(_host, _teams.ConversationId))!.ActualEnd);
        Assert.Single(Notices());
    }

    [Fact]
    public async Task A_start_that_arrives_after_its_end_records_it_but_posts_no_agenda_card()
    {
        await _host.SendAsync(End(_teams, Started.AddHours(3)));
        await _host.SendAsync(Start(_teams, Started));
        await _host.SentAsync();

        var meeting = (await MeetingAsync(_host, _teams.ConversationId))!;
        Assert.Equal(Started, meeting.ActualStart);
        Assert.True(meeting.HasEnded);
        Assert.DoesNotContain(SentIn(_connector, _teams.ConversationId), a => a["attachments"] is JsonArray { Count: > 0 });
    }

    private List<JsonNode> Notices() => [.. _connector.Sent.Where(a => TextOf(a).Contains("type `report`", StringComparison.Ordinal))];
}
