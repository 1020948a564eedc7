using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Meeting.MeetingKit;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>Participant join/leave events through HTTP: the online roster, attendance per item, and odd events.</summary>
public sealed class RosterTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2024, 7, 15, 8, 5, 0, TimeSpan.Zero);
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_burst_of_300_joins_and_100_leaves_is_counted_without_losing_one()
    {
        var people = Enumerable.Range(1, 300).Select(i => User(i, $"Person {i}")).ToList();

        var joins = await Task.WhenAll(people.Select(p => _host.PostAsync(Join(_teams, At, p))));
        var leaves = await Task.WhenAll(people.Take(100).Select(p => _host.PostAsync(Leave(_teams, At.AddMinutes(1), p))));

        Assert.All(joins.Concat(leaves), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(200, await OnlineAsync(_host, _teams.ConversationId));
        var figures = await FiguresAsync(_host, _teams.ConversationId);
        Assert.Equal(300, figures.AttendeesByItem[0]);
        Assert.Equal(300, figures.SessionAttendees);

        // The next item is attended by those online when it becomes current, and its card shows the counts only.
        await _host.SendAsync(_teams.Mention(Teams.Chair, "next"));
        figures = await FiguresAsync(_host, _teams.ConversationId);
        Assert.Equal(200, figures.AttendeesByItem[1]);
        var card = _connector.LastCardFor(await CardIdAsync(_host, _teams.ConversationId, item: 1))!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("online now 200 · spoke so far 0", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 1", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Odd_events_are_answered_200_and_change_nothing_they_should_not()
    {
        var ana = User(1, "Ana Lima");
        var ben = User(2, "Ben Okafor");
        var other = new Teams(_connector.ServiceUrl) { ConversationId = "19:meeting_another@thread.v2" };
        var join = Join(_teams, At, ana);

        var answers = new List<HttpResponseMessage>
        {
            await _host.PostAsync(join),
            await _host.PostAsync(join.DeepClone()),                                  // redelivered
            await _host.PostAsync(Join(_teams, At.AddSeconds(5), ana)),              // already online
            await _host.PostAsync(Leave(_teams, At, ben)),                           // a leave without a join
            await _host.PostAsync(Event(_teams, MeetingEvents.ParticipantJoin, null, At)),
            await _host.PostAsync(Event(_teams, MeetingEvents.ParticipantJoin, new JsonObject { ["Members"] = "everyone" }, At)),
            await _host.PostAsync(Event(_teams, MeetingEvents.ParticipantJoin, JsonNode.Parse("""{"Members":[{"User":{"Name":"no id"}},null,7]}"""), At)),
            await _host.PostAsync(Event(_teams, MeetingEvents.Start, JsonNode.Parse("""{"StartTime":"yesterday"}"""), At)),
            await _host.PostAsync(Event(_teams, "application/vnd.microsoft.somethingNew", new JsonObject(), At)),
            await _host.PostAsync(Join(other, At, ben)),                             // another conversation
        };
        await _host.SentAsync();

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await OnlineAsync(_host, _teams.ConversationId));
        Assert.Equal(1, await OnlineAsync(_host, other.ConversationId));
        Assert.Equal(1, (await FiguresAsync(_host, _teams.ConversationId)).SessionAttendees);
    }

    [Fact]
    public async Task The_report_gets_the_share_of_online_attendees_who_took_the_floor()
    {
        var ana = User(1, "Ana Lima");
        var ben = User(2, "Ben Okafor");
        _connector.SetMeetingRole(ana.AadObjectId, "Attendee");
        await _host.SendAsync(Join(_teams, At, ana, ben, User(3, "Cai Wen")));
        await _host.SendAsync(_teams.Mention(ana, "q+"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ Dora Room room"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "ack"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "ack"));

        var list = await StoredListAsync(_host, _teams.ConversationId);
        var figures = await _host.Services.GetRequiredService<MeetingAttendance>().ForAsync(_teams.ConversationId, 0, [list], CancellationToken.None);
        var none = await _host.Services.GetRequiredService<MeetingAttendance>().ForAsync("19:no-roster@thread.v2", null, [], CancellationToken.None);

        Assert.Equal(new AttendanceFigures(3, 1), figures);
        Assert.Null(none);
    }

    [Fact]
    public async Task A_leave_delivered_before_its_join_still_ends_offline()
    {
        var ana = User(1, "Ana Lima");

        await _host.SendAsync(Leave(_teams, At.AddMinutes(10), ana));
        await _host.SendAsync(Join(_teams, At, ana));

        Assert.Equal(0, await OnlineAsync(_host, _teams.ConversationId));
        Assert.Equal(1, (await FiguresAsync(_host, _teams.ConversationId)).AttendeesByItem[0]);
    }

    [Fact]
    public async Task The_meeting_end_takes_everyone_offline_and_keeps_the_attendance()
    {
        await _host.SendAsync(Join(_teams, At, User(1, "Ana Lima"), User(2, "Ben Okafor")));

        await _host.SendAsync(End(_teams, At.AddHours(1)));

        Assert.Equal(0, await OnlineAsync(_host, _teams.ConversationId));
        Assert.Equal(2, (await FiguresAsync(_host, _teams.ConversationId)).AttendeesByItem[0]);
    }
}
