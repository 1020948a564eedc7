using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>Teams' meeting event activities as the Connector delivers them (PascalCase values), and reads of what they left.</summary>
internal static class MeetingKit
{
    public const string Organizer = "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01";
    public const string GraphMeetingId = "MSo2YzhhM2MxZS01YjFhKjAqKjE5Om1lZXRpbmdfTmpZNFpEYzFa";

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    public static JsonObject Start(Teams teams, DateTimeOffset at) => Event(teams, MeetingEvents.Start, new JsonObject
    {
        ["Id"] = Teams.MeetingId,
        ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/x",
        ["Title"] = "Constructive Dialogue",
        ["MeetingType"] = "Scheduled",
        ["StartTime"] = Time(at),
    }, at);

    public static JsonObject End(Teams teams, DateTimeOffset at) => Event(teams, MeetingEvents.End, new JsonObject
    {
        ["Id"] = Teams.MeetingId,
        ["MeetingType"] = "Scheduled",
        ["EndTime"] = Time(at),
    }, at);

    public static JsonObject Join(Teams teams, DateTimeOffset at, params TeamsUser[] users) => Roster(teams, MeetingEvents.ParticipantJoin, at, users);

    public static JsonObject Leave(Teams teams, DateTimeOffset at, params TeamsUser[] users) => Roster(teams, MeetingEvents.ParticipantLeave, at, users);

    public static JsonObject Event(Teams teams, string name, JsonNode? value, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(teams);
        var activity = teams.Activity("event", Teams.Chair, new JsonObject { ["name"] = name, ["value"] = value });
        activity["timestamp"] = Time(at);
        return activity;
    }

    public static Task<int> OnlineAsync(BotTestHost host, string conversationId) =>
        host.Services.GetRequiredService<IMeetingRosterStore>().CountOnlineAsync(conversationId, CancellationToken.None);

    public static Task<RosterFigures> FiguresAsync(BotTestHost host, string conversationId) =>
        host.Services.GetRequiredService<IMeetingRosterStore>().FiguresAsync(conversationId, CancellationToken.None);

    public static async Task<MeetingFacts?> MeetingAsync(BotTestHost host, string conversationId) =>
        (await host.Services.GetRequiredService<IDialogueStore>().FindAsync(conversationId, CancellationToken.None))?.Meeting;

    // The shape Teams sends: {"Members":[{"User":{"Id","AadObjectId","Name"},"Meeting":{"Role","InMeeting"}}]}.
    private static JsonObject Roster(Teams teams, string name, DateTimeOffset at, TeamsUser[] users) => Event(teams, name, new JsonObject
    {
        ["Members"] = new JsonArray([.. users.Select(u => (JsonNode)new JsonObject
        {
            ["User"] = new JsonObject { ["Id"] = "29:" + u.AadObjectId, ["AadObjectId"] = u.AadObjectId, ["Name"] = u.Name },
            ["Meeting"] = new JsonObject { ["Role"] = "Attendee", ["InMeeting"] = name == MeetingEvents.ParticipantJoin },
        })]),
    }, at);
}
