using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>
/// The host running a programme with two panels in item II (panel 1 names its panellists), a chair and participants
/// in a meeting chat, and the Q&amp;A moves of a test: asking, upvoting, the chairs' buttons, reading the stored board.
/// </summary>
public sealed class QandAHost : IAsyncDisposable
{
    public const string PanelOneKey = "1.1";

    public static readonly AgendaPosition PanelOne = new(1, 1);

    private const string Programme = """
        title: Q&A test dialogue
        date: 2024-07-15
        time_zone: Europe/Vienna
        items:
          - number: I
            title: Opening
            kind: opening
          - number: II
            title: Spotlight
            kind: panel
            panels:
              - title: Protection and assistance
                follow_up: Q&A session
                moderator: Jean Martin
                panellists:
                  - name: Ana Maria Silva
                    organisation: IOM
                  - Li Wei
              - title: Cooperation
        """;

    private QandAHost(RecordingConnector connector, BotTestHost host)
    {
        Connector = connector;
        Host = host;
        Teams = new Teams(connector.ServiceUrl);
    }

    public RecordingConnector Connector { get; }
    public BotTestHost Host { get; }
    public Teams Teams { get; }

    public static async Task<QandAHost> StartAsync(params TeamsUser[] participants)
    {
        var path = Path.Combine(Path.GetTempPath(), "tdb-qa-tests", Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, Programme);
        var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        foreach (var user in participants.Append(Teams.Participant))
        {
            connector.SetMeetingRole(user.AadObjectId, "Attendee");
        }

        var host = await BotTestHost.StartAsync(connector, settings: new Dictionary<string, string?> { ["Dialogue:ProgrammePath"] = path });
        return new QandAHost(connector, host);
    }

    public static TeamsUser User(int n, string? name = null) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{n:00000000}-7777-4aaa-8bbb-ccccdddd0000"), name ?? string.Create(CultureInfo.InvariantCulture, $"Person {n}"));

    public Task SayAsync(TeamsUser user, string command) => Host.SendAsync(Teams.Mention(user, command));

    public Task ChairSaysAsync(string command) => SayAsync(Teams.Chair, command);

    /// <summary>The chair moves the agenda to panel II.1, whose Q&amp;A opens and whose card is posted.</summary>
    public Task GoToPanelOneAsync() => ChairSaysAsync("goto II.1");

    /// <summary>An Action.Execute press on the Q&amp;A card; returns the invoke response body ({statusCode, type, value}).</summary>
    public async Task<JsonNode> PressAsync(TeamsUser user, string verb, JsonObject? data = null, string position = PanelOneKey) =>
        await ResponseOf(await Host.SendAsync(await PressOfAsync(user, verb, data, position)));

    /// <summary>The invoke activity of a press, to post (or post again) as a test needs.</summary>
    public async Task<JsonObject> PressOfAsync(TeamsUser user, string verb, JsonObject? data = null, string position = PanelOneKey)
    {
        data ??= [];
        data["verb"] = verb;
        data[QandAVerbs.PositionKey] = position;
        return Teams.Execute(user, verb, data, await CardIdOrNullAsync() ?? "1");
    }

    public Task<JsonNode> UpvoteAsync(TeamsUser user, int question) =>
        PressAsync(user, QandAVerbs.Upvote, new JsonObject { [QandAVerbs.QuestionKey] = question.ToString(CultureInfo.InvariantCulture) });

    public Task<JsonNode> AskByCardAsync(TeamsUser user, string text, string? to = null, bool anonymous = false) =>
        PressAsync(user, QandAVerbs.Ask, new JsonObject
        {
            [QandAVerbs.TextInput] = text,
            [QandAVerbs.AddresseeInput] = to ?? QandAVerbs.WholePanel,
            [QandAVerbs.AttributionInput] = anonymous ? QandAVerbs.Anonymous : QandAVerbs.Named,
        });

    public static async Task<JsonNode> ResponseOf(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public async Task<QuestionBoard> BoardAsync(AgendaPosition? position = null) =>
        await Host.Services.GetRequiredService<IQuestionBoardStore>().FindAsync(Teams.ConversationId, position ?? PanelOne, CancellationToken.None)
        ?? throw new InvalidOperationException("No stored Q&A board.");

    /// <summary>The activity id of the Q&amp;A card of panel II.1 kept up to date, once posted.</summary>
    public async Task<string> CardIdAsync() => await CardIdOrNullAsync() ?? throw new InvalidOperationException("No Q&A card posted.");

    /// <summary>The Q&amp;A card as Teams last got it (posted or updated), once every update has left.</summary>
    public async Task<JsonNode> LastCardAsync()
    {
        await Host.SettleAsync();
        return Connector.LastCardFor(await CardIdAsync()) ?? throw new InvalidOperationException("The Q&A card never reached Teams.");
    }

    public IEnumerable<string> Texts() => Connector.Sent.Select(a => a["text"]?.GetValue<string>() ?? "");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private Task<string?> CardIdOrNullAsync() =>
        Host.Services.GetRequiredService<IOutboxStore>().FindCardAsync(Teams.ConversationId, QandASlots.Of(PanelOne), CancellationToken.None);
}
