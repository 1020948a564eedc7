using System.Text.Json.Nodes;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>
/// One meeting chat with a two-option poll (p1) and an open speakers' list, and the burst that follows:
/// distinct users voting and asking for the floor, interleaved, spread over the given bots.
/// </summary>
public sealed class DurabilityScenario(RecordingConnector connector)
{
    public const string VoteVerb = "poll.vote";

    public MeetingChat Chat { get; } = new(connector.ServiceUrl);

    public string PollCardId { get; private set; } = "";

    public static Dictionary<string, string?> Settings(string? postgres = null)
    {
        var settings = new Dictionary<string, string?> { ["Dialogue:CoChairs:0"] = MeetingChat.Chair.AadObjectId };
        if (postgres is not null)
        {
            settings["Storage:Provider"] = "Postgres";
            settings["ConnectionStrings:Dialogue"] = postgres;
        }

        return settings;
    }

    /// <summary>The chair launches the poll and opens the list; both cards are on the wire when this returns.</summary>
    public async Task PrepareAsync(BotProcess bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        using var client = new HttpClient();
        await PostAsync(client, bot, Chat.Mention(MeetingChat.Chair, "poll \"Which format should the next session take?\" \"Hybrid\" \"Online\""));
        var sent = await connector.WaitForAsync(r => r.Route == "send" && r.ConversationId == Chat.ConversationId && WireCard.Of(r.Body) is not null, TimeSpan.FromSeconds(30));
        PollCardId = sent.ActivityId!;
        await PostAsync(client, bot, Chat.Mention(MeetingChat.Chair, "queue open"));
    }

    /// <summary><paramref name="votes"/> voters and <paramref name="hands"/> floor requests, interleaved, round-robin over <paramref name="bots"/>.</summary>
    public IReadOnlyList<BurstRequest> Requests(int votes, int hands, params BotProcess[] bots)
    {
        var requests = new List<BurstRequest>(votes + hands);
        for (var i = 0; i < Math.Max(votes, hands * 3); i++)
        {
            if (i < votes)
            {
                var voter = MeetingChat.Numbered(i);
                var data = new JsonObject { ["pollId"] = "p1", ["choice"] = i % 3 == 0 ? "b" : "a" };
                requests.Add(new BurstRequest(voter, IsVote: true, Chat.Execute(voter, VoteVerb, data, PollCardId), bots[requests.Count % bots.Length].MessagesEndpoint));
            }

            if (i % 3 == 0 && i / 3 < hands)
            {
                var hand = MeetingChat.Numbered(10_000 + (i / 3));
                requests.Add(new BurstRequest(hand, IsVote: false, Chat.Mention(hand, "q+"), bots[requests.Count % bots.Length].MessagesEndpoint));
            }
        }

        return requests;
    }

    private static async Task PostAsync(HttpClient client, BotProcess bot, JsonObject activity)
    {
        using var response = await client.PostAsync(bot.MessagesEndpoint, new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} for {activity["text"]}: {await response.Content.ReadAsStringAsync()}\n{bot.Output}");
        }
    }
}
