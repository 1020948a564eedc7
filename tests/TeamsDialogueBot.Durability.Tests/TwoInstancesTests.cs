using TeamsDialogueBot.Durability.Tests.Support;
using TeamsDialogueBot.Storage.Tests.Postgres;
using TeamsDialogueBot.TestSupport;
using Xunit.Abstractions;

namespace TeamsDialogueBot.Durability.Tests;

/// <summary>Two bot processes on one PostgreSQL database behind one Connector: nothing lost, nothing doubled, newest card last.</summary>
public sealed class TwoInstancesTests(ITestOutputHelper output)
{
    private const int Votes = 200;
    private const int Hands = 60;

    [SkippableFact]
    public async Task Interleaved_votes_and_floor_requests_on_two_instances_are_counted_exactly_and_the_last_cards_show_the_final_state()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync();
        var settings = DurabilityScenario.Settings(connectionString);
        await using var connector = await RecordingConnector.StartAsync();
        var scenario = new DurabilityScenario(connector);
        var conversation = scenario.Chat.ConversationId;
        var a = await BotProcess.StartAsync(settings);
        var b = await BotProcess.StartAsync(settings);
        BurstResult burst;
        string listCard;
        try
        {
            await scenario.PrepareAsync(a);

            burst = await Burst.SendAsync(scenario.Requests(Votes, Hands, a, b), inFlight: 32);

            Assert.Equal((Votes, Hands, 0, 0), (burst.AcknowledgedVoters.Count, burst.AcknowledgedRequesters.Count, burst.Unanswered, burst.Refused));
            await using var state = StoredState.Postgres(connectionString);
            var answers = await state.AnswersAsync(conversation);
            var list = await state.ListAsync(conversation);
            Assert.Equal(Votes, answers.Select(x => x.Voter).Distinct().Count());
            Assert.Equal(Votes - ((Votes + 2) / 3), answers.Count(x => x.Choices.SequenceEqual(["a"])));
            Assert.Equal(Hands, list.Entries.Select(e => e.Speaker.Id).Distinct().Count());
            Assert.Equal(Enumerable.Range(1, Hands), list.Entries.Select(e => e.Number).Order());
            listCard = (await state.ListCardAsync(conversation))!;
            Assert.Equal(scenario.PollCardId, await state.PollCardAsync(conversation));

            // Each instance refreshes the shared cards on its own; wait until one shows the final state…
            await connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == scenario.PollCardId && WireCard.Respondents(WireCard.Of(r.Body)) == Votes, TimeSpan.FromSeconds(60));
            await connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == listCard && WireCard.Waiting(WireCard.Of(r.Body)) == Hands, TimeSpan.FromSeconds(60));
        }
        finally
        {
            // …then stop both gracefully, which drains their outbound lanes: anything still queued is sent now.
            await a.DisposeAsync();
            await b.DisposeAsync();
        }

        var pollUpdates = connector.Updates.Count(r => r.ActivityId == scenario.PollCardId);
        var listUpdates = connector.Updates.Count(r => r.ActivityId == listCard);
        output.WriteLine($"{pollUpdates} poll card updates and {listUpdates} list card updates for {Votes} votes and {Hands} hands on two instances");
        Assert.Equal(Votes, WireCard.Respondents(connector.LastCardFor(scenario.PollCardId)));
        Assert.Equal(Hands, WireCard.Waiting(connector.LastCardFor(listCard)));
    }
}
