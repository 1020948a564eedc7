using System.Text.Json.Nodes;
using TeamsDialogueBot.Bench.Harness;
using TeamsDialogueBot.Bench.Load;

namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>
/// One meeting chat with one four-option poll: the chair launches it, voters answer, and the final tally is
/// checked twice — on the last card the Connector received, and in the bot's own state (`poll results`).
/// </summary>
public sealed class PollConversation(BenchBot bot, int run, int firstVoter)
{
    private static readonly string[] s_labels = ["Alpha", "Bravo", "Charlie", "Delta"];
    private static readonly string[] s_keys = ["a", "b", "c", "d"];
    private readonly Dictionary<string, int> _expected = s_labels.ToDictionary(l => l, _ => 0, StringComparer.Ordinal);

    public TeamsActivities Activities { get; } = new(bot.Connector.ServiceUrl, TeamsActivities.NewConversationId());

    public string? CardId { get; private set; }

    public int Voters { get; private set; }

    public async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var command = "poll \"Which option should the bench pick?\" " + string.Join(' ', s_labels.Select(l => $"\"{l}\""));
        await LoadDriver.SendOneAsync(bot.Client, Activities.Mention(BenchBot.Chair, command), cancellationToken);
        // The launch answers once decided; the card follows from the outbox.
        var sent = await bot.Connector.WaitForAsync(
            r => r.Route == "send" && r.ConversationId == Activities.ConversationId && WireCard.Of(r.Body) is not null,
            TimeSpan.FromSeconds(30));
        CardId = sent.ActivityId;
    }

    /// <summary>Voter i of this chat picks option i mod 4: the expected tally is known exactly.</summary>
    public IReadOnlyList<LoadRequest> Votes(int count)
    {
        var votes = new List<LoadRequest>(count);
        for (var i = 0; i < count; i++)
        {
            var voter = BenchUser.Numbered(run, firstVoter + i);
            var data = new JsonObject { ["pollId"] = "p1", ["choice"] = s_keys[i % s_keys.Length] };
            votes.Add(new LoadRequest(Activities.Execute(voter, "poll.vote", data, CardId ?? "1"), "Your answer: " + s_labels[i % s_labels.Length]));
            _expected[s_labels[i % s_labels.Length]]++;
        }

        Voters = count;
        return votes;
    }

    /// <summary>When the Connector received the update that shows every vote, or null if it never came.</summary>
    public async Task<DateTimeOffset?> WaitForFinalCardAsync(TimeSpan timeout)
    {
        try
        {
            var update = await bot.Connector.WaitForAsync(r => r.ActivityId == CardId && r.Route == "update" && Missing(WireCard.Of(r.Body)) == 0, timeout);
            return update.At;
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    /// <summary>Votes the last shared card does not show.</summary>
    public int MissingOnCard() => CardId is null ? Voters : Missing(bot.Connector.LastCardFor(CardId));

    /// <summary>Votes the bot's state does not hold: asks for `poll results` and reads the card it posts.</summary>
    public async Task<int> MissingInStateAsync(CancellationToken cancellationToken)
    {
        var before = bot.Connector.Requests.Count;
        await LoadDriver.SendOneAsync(bot.Client, Activities.Mention(BenchBot.Chair, "poll results p1"), cancellationToken);
        try
        {
            var results = await bot.Connector.WaitForAsync(
                r => r.Route == "send" && r.ConversationId == Activities.ConversationId && WireCard.Of(r.Body) is not null, TimeSpan.FromSeconds(30), before);
            return Missing(WireCard.Of(results.Body));
        }
        catch (TimeoutException)
        {
            return Voters;
        }
    }

    private int Missing(JsonNode? card)
    {
        if (card is null || WireCard.Respondents(card) is not { } respondents)
        {
            return Voters;
        }

        var counts = WireCard.OptionCounts(card);
        var byOption = _expected.Sum(e => Math.Abs(e.Value - counts.GetValueOrDefault(e.Key)));
        return Math.Max(Math.Abs(Voters - respondents), byOption);
    }
}
