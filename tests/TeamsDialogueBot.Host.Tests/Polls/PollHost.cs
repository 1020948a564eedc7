using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Polls;

/// <summary>The host with a chair and a participant in a meeting chat, and the poll-specific moves of a test.</summary>
public sealed class PollHost : IAsyncDisposable
{
    private PollHost(RecordingConnector connector, BotTestHost host)
    {
        Connector = connector;
        Host = host;
        Teams = new Teams(connector.ServiceUrl);
    }

    public RecordingConnector Connector { get; }
    public BotTestHost Host { get; }
    public Teams Teams { get; }
    public IPollStore Store => Host.Services.GetRequiredService<IPollStore>();

    public static async Task<PollHost> StartAsync()
    {
        var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
        var host = await BotTestHost.StartAsync(connector);
        return new PollHost(connector, host);
    }

    public static TeamsUser NewUser(int n) =>
        new(Guid.NewGuid().ToString("D"), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Voter {n}"));

    /// <summary>A chair types the command; returns the activity id of the card it posted.</summary>
    public async Task<string> LaunchAsync(string command)
    {
        var before = Connector.Requests.Count;
        await Host.SendAsync(Teams.Mention(Teams.Chair, command));

        // SendAsync waits for the outbox's senders; a send that failed for a moment (a busy database under load) is
        // retried by the next sweep, so wait for the card itself rather than assume it left with the first try.
        var card = await Connector.WaitForAsync(r => r.Route == "send" && r.Body?["attachments"] is not null, TimeSpan.FromSeconds(30), before);
        Assert.Single(Connector.Requests.Skip(before), r => r.Route == "send" && r.Body?["attachments"] is not null);
        return card.ActivityId!;
    }

    /// <summary>An Action.Execute press of the vote button; returns the invoke response body.</summary>
    public async Task<JsonNode> VoteAsync(TeamsUser voter, JsonObject data, string cardId = "1")
    {
        data["verb"] = PollCard.VoteVerb;
        using var response = await Host.SendAsync(Teams.Execute(voter, PollCard.VoteVerb, data, cardId));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>Every pending card render done and sent.</summary>
    public Task SettleAsync() => Host.SettleAsync();

    /// <summary>The answers as stored, read from the database file itself.</summary>
    public Task<IReadOnlyList<StoredAnswer>> AnswersAsync(string pollId) => StoredAnswer.ReadAsync(Host.DatabasePath, Teams.ConversationId, pollId);

    public IEnumerable<string> Texts() => Connector.Sent.Select(a => a["text"]?.GetValue<string>() ?? "");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
