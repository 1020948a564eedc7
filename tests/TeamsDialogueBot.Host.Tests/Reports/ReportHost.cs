using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Reports;

/// <summary>A meeting chat with two co-chair commands' worth of helpers: who says what, what the bot sent where, the links.</summary>
public sealed partial class ReportHost : IAsyncDisposable
{
    public const string PublicBaseUrl = "https://dialogue.example.org/base";

    public static readonly TeamsUser Eva = new("0000e7a0-1111-4222-8333-444455556666", "Eva Novak");
    public static readonly TeamsUser Farid = new("0000fa71-1111-4222-8333-444455556666", "Farid Haddad");

    private ReportHost(RecordingConnector connector, BotTestHost host)
    {
        Connector = connector;
        Host = host;
        Teams = new Teams(connector.ServiceUrl);
    }

    public RecordingConnector Connector { get; }
    public BotTestHost Host { get; }
    public Teams Teams { get; }
    public IReportLinks Links => Host.Services.GetRequiredService<IReportLinks>();

    public static async Task<ReportHost> StartAsync(IEnumerable<TeamsUser>? attendees = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        foreach (var user in new[] { Teams.Participant, Eva, Farid }.Concat(attendees ?? []))
        {
            connector.SetMeetingRole(user.AadObjectId, "Attendee");
        }

        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Display:PublicBaseUrl"] = PublicBaseUrl };
        var host = await BotTestHost.StartAsync(connector, settings: all);
        return new ReportHost(connector, host);
    }

    public Task SayAsync(TeamsUser from, string command) => Host.SendAsync(Teams.Mention(from, command));

    /// <summary>A chair launches a poll; returns the activity id of its card.</summary>
    public async Task<string> LaunchAsync(string command)
    {
        var before = Connector.Requests.Count;
        await SayAsync(Teams.Chair, command);
        return Connector.Requests.Skip(before).Single(r => r.Route == "send" && r.Body?["attachments"] is not null).ActivityId!;
    }

    public async Task VoteAsync(TeamsUser voter, string cardId, JsonObject data)
    {
        data["verb"] = PollCard.VoteVerb;
        await Host.SendAsync(Teams.Execute(voter, PollCard.VoteVerb, data, cardId));
    }

    /// <summary>Sends the command and returns what the bot sent because of it: into the meeting chat, and anywhere else (1:1 chats).</summary>
    public async Task<(IReadOnlyList<JsonNode> InChat, IReadOnlyList<JsonNode> Privately)> ExchangeAsync(JsonObject activity)
    {
        var before = Connector.Requests.Count;
        await Host.SendAsync(activity);
        var sent = Connector.Requests.Skip(before).Where(r => r.Route == "send" && r.Status < 300 && r.Body is not null).ToList();
        return ([.. sent.Where(r => r.ConversationId == Teams.ConversationId).Select(r => r.Body!)],
                [.. sent.Where(r => r.ConversationId != Teams.ConversationId).Select(r => r.Body!)]);
    }

    /// <summary>A chair's `report …`: the summary card in the chat and the token of the link sent privately.</summary>
    public async Task<(JsonNode Card, string Token, string PrivateText)> ReportAsync(string command = "report")
    {
        var (inChat, privately) = await ExchangeAsync(Teams.Mention(Teams.Chair, command));
        var card = Assert.Single(inChat, a => a["attachments"] is not null);
        Assert.DoesNotContain(inChat, a => Wire(a).Contains("/report/", StringComparison.Ordinal));
        var text = Assert.Single(privately)["text"]!.GetValue<string>();
        return (card, TokenIn(text), text);
    }

    public static string TokenIn(string text)
    {
        var match = Link().Match(text);
        Assert.True(match.Success, "no report link in: " + text);
        return match.Groups[1].Value;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Host.Client.GetAsync(new Uri(path, UriKind.Relative));

    public static string Wire(JsonNode activity) => activity.ToJsonString();

    /// <summary>The text of a file as a search for names sees it: every entry of a ZIP container (DOCX, ZIP), else the bytes as UTF-8.</summary>
    public static string Searchable(byte[] content)
    {
        if (content is not [(byte)'P', (byte)'K', ..])
        {
            return Encoding.UTF8.GetString(content);
        }

        using var archive = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var text = new StringBuilder();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            text.Append(entry.FullName).Append('\n').Append(reader.ReadToEnd()).Append('\n');
        }

        return text.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    [GeneratedRegex(PublicBaseUrl + @"/report/([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])")]
    private static partial Regex Link();
}
