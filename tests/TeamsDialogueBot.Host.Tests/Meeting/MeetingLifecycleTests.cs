using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Meeting.MeetingKit;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>Teams' meetingStart and meetingEnd events through HTTP: applied once, whatever Teams redelivers.</summary>
public sealed class MeetingLifecycleTests : IAsyncLifetime
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
    public async Task Start_records_the_actual_start_keeps_the_meeting_details_and_posts_the_agenda_card_once()
    {
        var start = Start(_teams, Started);

        await _host.SendAsync(start);
        await _host.SendAsync(start.DeepClone());       // redelivered: the same activity id
        await _host.SendAsync(Start(_teams, Started));   // another copy of the same start, under a new id

        var meeting = await MeetingAsync(_host, _teams.ConversationId);
        Assert.Equal(Started, meeting!.ActualStart);
        Assert.Equal(Started.AddHours(3), meeting.ScheduledEnd);
        Assert.Equal(Organizer, meeting.OrganizerAadObjectId);
        Assert.Equal("29:" + Organizer, meeting.OrganizerMri);
        Assert.Equal(GraphMeetingId, meeting.GraphResourceId);
        Assert.Single(CardsSent());
        Assert.NotNull(await _host.Services.GetRequiredService<IOutboxStore>().FindCardAsync(_teams.ConversationId, CardSlots.Agenda, CancellationToken.None));
    }

    [Fact]
    public async Task Start_updates_the_agenda_card_the_chat_already_has_instead_of_posting_another()
    {
        await _host.SendAsync(_teams.Mention(Eva, "agenda"));
        var card = await _host.Services.GetRequiredService<IOutboxStore>().FindCardAsync(_teams.ConversationId, CardSlots.Agenda, CancellationToken.None);

        await _host.SendAsync(Start(_teams, Started));

        Assert.Single(CardsSent());
        Assert.Contains(_connector.Updates, u => u.ActivityId == card);
    }

    [Fact]
    public async Task End_closes_open_polls_and_lists_and_tells_the_chairs_privately_that_the_report_is_ready_once()
    {
        await _host.SendAsync(Start(_teams, Started));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "poll q1"));
        await _host.SendAsync(_teams.Mention(Eva, "q+"));
        var end = End(_teams, Started.AddHours(3));

        var first = await _host.PostAsync(end);
        await _host.SentAsync();
        var again = await _host.PostAsync(end.DeepClone());
        await _host.SendAsync(End(_teams, Started.AddHours(3)));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var poll = Assert.Single(await _host.Services.GetRequiredService<IPollStore>().ListAsync(_teams.ConversationId, CancellationToken.None));
        Assert.False(poll.IsOpen);
        Assert.False((await StoredListAsync(_host, _teams.ConversationId)).IsOpen);
        Assert.Equal(Started.AddHours(3), (await MeetingAsync(_host, _teams.ConversationId))!.ActualEnd);

        // The chair (confirmed by `poll`) and the organizer are one person here: one 1:1 chat, one notice.
        var notices = _connector.Sent.Where(a => TextOf(a).Contains("type `report`", StringComparison.Ordinal)).ToList();
        var notice = Assert.Single(notices);
        Assert.DoesNotContain(SentIn(_connector, _teams.ConversationId), a => TextOf(a).Contains("type `report`", StringComparison.Ordinal));
        var create = Assert.Single(_connector.Requests, r => r.Route == "create");
        Assert.Equal("29:" + Teams.Chair.AadObjectId, create.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.NotNull(notice);
    }

    [Fact]
    public async Task Without_post_agenda_at_start_the_start_only_records_the_time()
    {
        await using var host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?> { ["Dialogue:PostAgendaAtStart"] = "false" });

        await host.SendAsync(Start(_teams, Started));

        Assert.Equal(Started, (await MeetingAsync(host, _teams.ConversationId))!.ActualStart);
        Assert.Empty(CardsSent());
    }

    private List<System.Text.Json.Nodes.JsonNode> CardsSent() =>
        [.. SentIn(_connector, _teams.ConversationId).Where(a => a["attachments"] is System.Text.Json.Nodes.JsonArray { Count: > 0 })];
}
