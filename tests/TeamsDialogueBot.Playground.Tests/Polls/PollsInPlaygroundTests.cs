using System.Text.Json.Nodes;
using TeamsDialogueBot.Playground.Tests.Support;

namespace TeamsDialogueBot.Playground.Tests.Polls;

/// <summary>An ad hoc poll launched in the Playground's group chat and a member's vote through its invoke API.</summary>
public sealed class PollsInPlaygroundTests(PlaygroundFixture playground) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task Member_votes_through_the_invoke_API_and_the_shared_card_counts_the_vote()
    {
        var since = playground.Conversation.Count;
        await playground.SayAsync("poll \"Which format next time?\" \"Hybrid\" \"Online only\"");
        var poll = await playground.BotCreatesAsync(since, m => m.HasExecuteAction("poll.vote"));
        Assert.Contains("Which format next time?", poll.CardText(), StringComparison.Ordinal);

        var vote = poll.ExecuteAction("poll.vote").DeepClone();
        var choices = FirstChoiceSet(poll.Card!);
        var hybrid = choices["choices"]!.AsArray().Single(c => c!["title"]!.GetValue<string>() == "Hybrid")!["value"]!.GetValue<string>();
        // Teams merges the card's inputs into the action's data; the Playground's invoke API leaves that to its client.
        vote["data"]![choices["id"]!.GetValue<string>()] = hybrid;
        since = playground.Conversation.Count;
        var response = await playground.Playground.ExecuteAsync(playground.GroupChatId, playground.Member(0), poll.Id, vote);

        Assert.Equal(ChatMessage.AdaptiveCardType, response["type"]!.GetValue<string>());
        var mine = new ChatMessage(poll.Id, playground.Config.BotId, "", response["value"]);
        Assert.Equal(hybrid, FirstChoiceSet(mine.Card!)["value"]!.GetValue<string>());
        Assert.True(mine.HasExecuteAction("poll.vote"));
        var shared = await playground.BotUpdatesAsync(since, poll.Id, m => m.CardText().Contains("1 respondent", StringComparison.Ordinal));
        Assert.Contains("Hybrid", shared.CardText(), StringComparison.Ordinal);
        await playground.AssertEveryBotCallAcceptedAsync(2);
    }

    private static JsonNode FirstChoiceSet(JsonNode node) =>
        Find(node) ?? throw new InvalidOperationException($"No Input.ChoiceSet in {node.ToJsonString()}");

    private static JsonNode? Find(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Input.ChoiceSet" => o,
        JsonObject o => o.Select(p => Find(p.Value)).FirstOrDefault(n => n is not null),
        JsonArray a => a.Select(Find).FirstOrDefault(n => n is not null),
        _ => null,
    };
}
