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
public sealed class RosterTests : ChairChatTests
{
    private static readonly DateTimeOffset At = new(2024, 7, 15, 8, 5, 0, TimeSpan.Zero);
    [Fact]
    public async Task A_burst_of_300_joins_and_100_leaves_is_counted_without_losing_one()
    {
        var people = Enumerable.Range(1, 300).Select(i => User(i, $"Person {i}")).ToList();

        var joins = await Task.WhenAll(people.Select(p => BotHost.PostAsync(Join(Chat, At, p))));
        var leaves = await Task.WhenAll(people.Take(100).Select(p => BotHost.PostAsync(Leave(Chat, At.AddMinutes(1), p))));

        Assert.All(joins.Concat(leaves), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(200, await OnlineAsync(BotHost, Chat.ConversationId));
        var figures = await FiguresAsync(BotHost, Chat.ConversationId);
        Assert.Equal(300, figures.AttendeesByItem[0]);
        Assert.Equal(300, figures.SessionAttendees);

        // The next item is attended by those online when it becomes current, and its card shows the counts only.
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "next"));
        figures = await FiguresAsync(BotHost, Chat.ConversationId);
        Assert.Equal(200, figures.AttendeesByItem[1]);
        var card = Connector.LastCardFor(await CardIdAsync(BotHost, Chat.ConversationId, item: 1))!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("online now 200 · spoke so far 0", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 1", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Odd_events_are_answered_200_and_change_nothing_they_should_not()
    {
        var ana = User(1, "Ana Lima");
        var ben = User(2, "Ben Okafor");
        var other = new Teams(Connector.ServiceUrl) { ConversationId = "19:meeting_another@thread.v2" };
        var join = Join(Chat, At, ana);

        var answers = new List<HttpResponseMessage>
        {
            await BotHost.PostAsync(join),
            await BotHost.PostAsync(join.DeepClone()),                                  // redelivered
            await BotHost.PostAsync(Join(Chat, At.AddSeconds(5), ana)),              // already online
            await BotHost.PostAsync(Leave(Chat, At, ben)),                           // a leave without a join
            await BotHost.PostAsync(Event(Chat, MeetingEvents.ParticipantJoin, null, At)),
            await BotHost.PostAsync(Event(Chat, MeetingEvents.ParticipantJoin, new JsonObject { ["Members"] = "everyone" }, At)),
            await BotHost.PostAsync(Event(Chat, MeetingEvents.ParticipantJoin, JsonNode.Parse("""{"Members":[{"User":{"Name":"no id"}},null,7]}"""), At)),
            await BotHost.PostAsync(Event(Chat, MeetingEvents.Start, JsonNode.Parse("""{"StartTime":"yesterday"}"""), At)),
            await BotHost.PostAsync(Event(Chat, "application/vnd.microsoft.somethingNew", new JsonObject(), At)),
            await BotHost.PostAsync(Join(other, At, ben)),                             // another conversation
        };
        await BotHost.SentAsync();

        Assert.All(answers, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await OnlineAsync(BotHost, Chat.ConversationId));
        Assert.Equal(1, await OnlineAsync(BotHost, other.ConversationId));
        Assert.Equal(1, (await FiguresAsync(BotHost, Chat.ConversationId)).SessionAttendees);
    }

    [Fact]
    public async Task The_report_gets_the_share_of_online_attendees_who_took_the_floor()
    {
        var ana = User(1, "Ana Lima");
        var ben = User(2, "Ben Okafor");
        Connector.SetMeetingRole(ana.AadObjectId, "Attendee");
        await BotHost.SendAsync(Join(Chat, At, ana, ben, User(3, "Cai Wen")));
        await BotHost.SendAsync(Chat.Mention(ana, "q+"));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "q+ Dora Room room"));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));

        var list = await StoredListAsync(BotHost, Chat.ConversationId);
        var figures = await BotHost.Services.GetRequiredService<MeetingAttendance>().ForAsync(Chat.ConversationId, 0, [list], CancellationToken.None);
        var none = await BotHost.Services.GetRequiredService<MeetingAttendance>().ForAsync("19:no-roster@thread.v2", null, [], CancellationToken.None);

        Assert.Equal(new AttendanceFigures(3, 1), figures);
        Assert.Null(none);
    }

    [Fact]
    public async Task A_leave_delivered_before_its_join_still_ends_offline()
    {
        var ana = User(1, "Ana Lima");

        await BotHost.SendAsync(Leave(Chat, At.AddMinutes(10), ana));
        await BotHost.SendAsync(Join(Chat, At, ana));

        Assert.Equal(0, await OnlineAsync(BotHost, Chat.ConversationId));
        Assert.Equal(1, (await FiguresAsync(BotHost, Chat.ConversationId)).AttendeesByItem[0]);
    }

    [Fact]
    public async Task The_meeting_end_takes_everyone_offline_and_keeps_the_attendance()
    {
        await BotHost.SendAsync(Join(Chat, At, User(1, "Ana Lima"), User(2, "Ben Okafor")));

        await BotHost.SendAsync(End(Chat, At.AddHours(1)));

        Assert.Equal(0, await OnlineAsync(BotHost, Chat.ConversationId));
        Assert.Equal(2, (await FiguresAsync(BotHost, Chat.ConversationId)).AttendeesByItem[0]);
    }
}
