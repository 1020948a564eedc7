using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Inputs;

/// <summary>
/// The host with a chair and participants in a meeting chat, and the moves of an inputs test: asking for the form
/// (it arrives in the bot's 1:1 chat with that person), pressing its buttons there, reading what was stored.
/// </summary>
public sealed class InputHost : IAsyncDisposable
{
    private InputHost(RecordingConnector connector, BotTestHost host)
    {
        Connector = connector;
        Host = host;
        Teams = new Teams(connector.ServiceUrl);
    }

    public RecordingConnector Connector { get; }
    public BotTestHost Host { get; }
    public Teams Teams { get; }
    public IInputStore Store => Host.Services.GetRequiredService<IInputStore>();
    public string Meeting => Teams.ConversationId;

    public static async Task<InputHost> StartAsync()
    {
        var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
        return new InputHost(connector, await BotTestHost.StartAsync(connector));
    }

    public static TeamsUser User(int n, string name) =>
        new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1a2b{n:0000}-0000-4000-8000-00000000cafe"), name);

    public Task SayAsync(TeamsUser user, string command) => Host.SendAsync(Teams.Mention(user, command));

    /// <summary>`input` in the meeting chat; returns the 1:1 chat the form went to and the form.</summary>
    public async Task<PrivateForm> AskFormAsync(TeamsUser user)
    {
        var before = Connector.Requests.Count;
        await SayAsync(user, "input");
        var sent = Assert.Single(Connector.Requests.Skip(before), r => r.Route == "send");
        Assert.NotEqual(Meeting, sent.ConversationId);
        return new PrivateForm(sent.ConversationId!, WireCards.OnlyCard([sent.Body!]));
    }

    /// <summary>An Action.Execute press in the bot's 1:1 chat with <paramref name="user"/>.</summary>
    public JsonObject InPrivate(TeamsUser user, string chatId, string verb, JsonObject data)
    {
        var activity = Teams.Execute(user, verb, data);
        activity["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Teams.TenantId, ["id"] = chatId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Teams.TenantId } };
        return activity;
    }

    /// <summary>Posts an invoke; returns its invoke response body ({statusCode, type, value}).</summary>
    public async Task<JsonNode> InvokeAsync(JsonObject activity)
    {
        using var response = await Host.SendAsync(activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Presses the card's action <paramref name="verb"/> in the 1:1 chat, with these field values.</summary>
    public Task<JsonNode> PressAsync(TeamsUser user, string chatId, JsonNode card, string verb, JsonObject? fields = null) =>
        InvokeAsync(InPrivate(user, chatId, verb, Data(card, verb, fields)));

    /// <summary>A form filled in as a participant would: every field given unless overridden.</summary>
    public static JsonObject Filled(string title = "Helpline for smuggled migrants", string? description = null, JsonObject? more = null)
    {
        var fields = new JsonObject
        {
            [InputVerbs.TitleField] = title,
            [InputVerbs.DescriptionField] = description ?? "A 24-hour helpline in six languages,\nrun with the Red Cross.",
            [InputVerbs.LinkField] = "https://example.org/helpline",
            [InputVerbs.OrganisationField] = "Migrant Rights Network",
            [InputVerbs.ItemField] = "2",
            [InputVerbs.QuestionField] = "none",
            [InputVerbs.AttributionField] = "Named",
        };
        foreach (var (key, value) in more ?? [])
        {
            fields[key] = value?.DeepClone();
        }

        return fields;
    }

    /// <summary>The data of the card action with this verb, merged with field values as Teams merges inputs.</summary>
    public static JsonObject Data(JsonNode card, string verb, JsonObject? fields = null)
    {
        var action = Actions(card).Single(a => (string?)a["verb"] == verb);
        var data = action["data"]!.AsObject().DeepClone().AsObject();
        foreach (var (key, value) in fields ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return data;
    }

    /// <summary>Every Action.Execute of the card, wherever it sits.</summary>
    public static IEnumerable<JsonObject> Actions(JsonNode card) => Objects(card).Where(o => (string?)o["type"] == "Action.Execute");

    /// <summary>Every object of the card (elements, actions, choices), depth first.</summary>
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, value) in o)
                {
                    foreach (var inner in Objects(value))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    foreach (var inner in Objects(item))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    /// <summary>Messages and cards the bot sent into the meeting chat.</summary>
    public IReadOnlyList<JsonNode> MeetingSends() =>
        [.. Connector.Requests.Where(r => r.Route is "send" or "update" && r.ConversationId == Meeting && r.Body is not null).Select(r => r.Body!)];

    public async Task<Input> StoredAsync(string id) =>
        await Store.FindAsync(Meeting, new InputId(id), CancellationToken.None) ?? throw new InvalidOperationException("No input " + id);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>A form as it arrived in someone's 1:1 chat.</summary>
public sealed record PrivateForm(string ChatId, JsonNode Card);
