using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.QandA;

/// <summary>Panel Q&amp;A end to end: HTTP in, the recording fake Connector out, state in SQLite.</summary>
public sealed class QandAFlowTests : IAsyncLifetime
{
    private static readonly TeamsUser Eva = QandAHost.User(1, "Eva Novak");
    private static readonly TeamsUser Farid = QandAHost.User(2, "Farid Haddad");
    private QandAHost _qa = null!;

    public async Task InitializeAsync() => _qa = await QandAHost.StartAsync(Eva, Farid);

    public async Task DisposeAsync() => await _qa.DisposeAsync();

    [Fact]
    public async Task Moving_to_a_panel_posts_its_open_QandA_card_and_a_question_asked_in_the_chat_appears_on_it_in_place()
    {
        await _qa.GoToPanelOneAsync();
        var cardId = await _qa.CardIdAsync();
        Assert.Contains("🟢 Open", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);
        var sentBefore = _qa.Connector.Sent.Count;

        await _qa.SayAsync(Eva, "ask Will the review mechanism be public?");

        var card = WireCards.AllText(await _qa.LastCardAsync());
        Assert.Contains("**1.** Will the review mechanism be public?", card, StringComparison.Ordinal);
        Assert.Contains("Eva Novak", card, StringComparison.Ordinal);
        Assert.Contains("▲ 0", card, StringComparison.Ordinal);
        Assert.Contains(_qa.Connector.Updates, u => u.ActivityId == cardId);
        // The card updating is the answer: no message per question in the chat.
        Assert.Equal(sentBefore, _qa.Connector.Sent.Count);
        var question = Assert.Single((await _qa.BoardAsync()).Questions);
        Assert.Equal(("Eva Novak", QuestionState.Visible, false), (question.AskerName, question.State, question.Anonymous));
    }

    [Fact]
    public async Task Ask_to_a_panellist_addresses_the_question_and_a_name_that_is_no_panellist_is_refused()
    {
        await _qa.GoToPanelOneAsync();

        await _qa.SayAsync(Eva, "ask to Li Wei: how many cases were referred?");
        await _qa.SayAsync(Farid, "ask to silva what does IOM offer?");
        await _qa.SayAsync(Eva, "ask to what extent will civil society take part?");
        await _qa.SayAsync(Farid, "ask to Jean Martin: and the moderator?");

        var board = await _qa.BoardAsync();
        Assert.Equal(
            [("how many cases were referred?", "Li Wei"), ("what does IOM offer?", "Ana Maria Silva"), ("to what extent will civil society take part?", null)],
            board.Questions.Select(q => (q.Text, q.AddressedTo)));
        Assert.Contains(_qa.Texts(), t => t.StartsWith("\"Jean Martin\" is no panellist of II.1", StringComparison.Ordinal)
            && t.Contains("Panellists: Ana Maria Silva, Li Wei.", StringComparison.Ordinal) && t.EndsWith("Your question was not sent.", StringComparison.Ordinal));
        Assert.Contains("to Li Wei", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upvote_is_a_toggle_one_per_person_and_the_voter_sees_their_own_upvotes_marked()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask First?");

        var mine = await _qa.UpvoteAsync(Farid, 1);
        var again = await _qa.UpvoteAsync(Eva, 1);
        var back = await _qa.UpvoteAsync(Farid, 1);

        Assert.Equal(200, (int)mine["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string)mine["type"]!);
        Assert.Contains("✓ ▲ 1", WireCards.AllText(mine["value"]!), StringComparison.Ordinal);
        Assert.Contains("✓ ▲ 2", WireCards.AllText(again["value"]!), StringComparison.Ordinal);
        Assert.Contains("▲ 1", WireCards.AllText(back["value"]!), StringComparison.Ordinal);
        Assert.DoesNotContain("✓ ▲", WireCards.AllText(back["value"]!), StringComparison.Ordinal);
        var board = await _qa.BoardAsync();
        Assert.Equal(1, board.VotesFor(1));
        Assert.Equal(2, board.VoterCount);
        var shared = WireCards.AllText(await _qa.LastCardAsync());
        Assert.Contains("▲ 1", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("✓ ▲", shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_are_listed_by_upvotes_then_by_time()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask Oldest?");
        await _qa.SayAsync(Farid, "ask Popular?");
        await _qa.SayAsync(Eva, "ask Newest?");
        await _qa.UpvoteAsync(Eva, 2);

        var card = WireCards.AllText(await _qa.LastCardAsync());

        var order = new[] { "Popular?", "Oldest?", "Newest?" }.Select(t => card.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public async Task Under_pre_moderation_a_question_is_seen_by_the_chairs_alone_until_one_approves_it()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.ChairSaysAsync("qa moderate on");

        await _qa.SayAsync(Eva, "ask Is this moderated?");

        Assert.Contains(_qa.Texts(), t => t.StartsWith("Thank you — your question waits for the co-chairs' approval", StringComparison.Ordinal));
        var shared = WireCards.AllText(await _qa.LastCardAsync());
        Assert.DoesNotContain("Is this moderated?", shared, StringComparison.Ordinal);
        Assert.Contains("1 waiting for approval", shared, StringComparison.Ordinal);
        var participantView = await _qa.PressAsync(Farid, QandAVerbs.Refresh);
        Assert.DoesNotContain("Is this moderated?", WireCards.AllText(participantView["value"]!), StringComparison.Ordinal);
        var chairView = WireCards.AllText((await _qa.PressAsync(Teams.Chair, QandAVerbs.Refresh))["value"]!);
        Assert.Contains("Waiting for your approval (1)", chairView, StringComparison.Ordinal);
        Assert.Contains("Is this moderated?", chairView, StringComparison.Ordinal);
        Assert.Contains("Approve", chairView, StringComparison.Ordinal);
        var refused = await _qa.UpvoteAsync(Farid, 1);
        Assert.Equal((400, "NotVotable"), ((int)refused["statusCode"]!, (string)refused["value"]!["code"]!));

        var approved = await _qa.PressAsync(Teams.Chair, QandAVerbs.Approve, new JsonObject { [QandAVerbs.QuestionKey] = "1" });

        Assert.Contains("#1 is on the card.", WireCards.AllText(approved["value"]!), StringComparison.Ordinal);
        Assert.Contains("Is this moderated?", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);
        Assert.Contains("✓ ▲ 1", WireCards.AllText((await _qa.UpvoteAsync(Farid, 1))["value"]!), StringComparison.Ordinal);
        Assert.Equal(["qa moderate on", "approve"], (await _qa.BoardAsync()).Audit.Select(a => a.Action));
    }

    [Fact]
    public async Task A_hidden_question_leaves_the_card_and_cannot_be_upvoted_and_an_answered_one_is_marked()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask Off topic?");
        await _qa.SayAsync(Farid, "ask On topic?");

        await _qa.PressAsync(Teams.Chair, QandAVerbs.Hide, new JsonObject { [QandAVerbs.QuestionKey] = "1" });
        await _qa.ChairSaysAsync("qa answered 2");

        var card = WireCards.AllText(await _qa.LastCardAsync());
        Assert.DoesNotContain("Off topic?", card, StringComparison.Ordinal);
        Assert.Contains("On topic?", card, StringComparison.Ordinal);
        Assert.Contains("✓ answered", card, StringComparison.Ordinal);
        var refused = await _qa.UpvoteAsync(Farid, 1);
        Assert.Equal(400, (int)refused["statusCode"]!);
        Assert.Contains("not on the card", (string)refused["value"]!["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, (await _qa.BoardAsync()).VotesFor(1));
        Assert.Contains(_qa.Texts(), t => t == "#2 is marked answered.");

        await _qa.ChairSaysAsync("qa show 1");
        Assert.Contains("Off topic?", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);
        Assert.Equal(["hide", "answered", "show"], (await _qa.BoardAsync()).Audit.Select(a => a.Action));
    }

    [Fact]
    public async Task A_participant_is_refused_every_chair_action_and_nothing_changes()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask Mine?");
        var version = (await _qa.BoardAsync()).Version;

        foreach (var verb in new[] { QandAVerbs.Approve, QandAVerbs.Hide, QandAVerbs.Show, QandAVerbs.Answered })
        {
            var refused = await _qa.PressAsync(Eva, verb, new JsonObject { [QandAVerbs.QuestionKey] = "1" });
            Assert.Equal((403, "NotAChair"), ((int)refused["statusCode"]!, (string)refused["value"]!["code"]!));
        }

        foreach (var command in new[] { "qa", "qa off", "qa moderate on", "qa hide 1", "qa answered 1" })
        {
            await _qa.SayAsync(Farid, command);
        }

        Assert.Equal(5, _qa.Texts().Count(t => t.StartsWith("Sorry — `qa` is for the co-chairs", StringComparison.Ordinal)));
        var board = await _qa.BoardAsync();
        Assert.Equal(version, board.Version);
        Assert.Equal(QuestionState.Visible, board.Find(1)!.State);
        Assert.Empty(board.Audit);
    }

    [Fact]
    public async Task Moving_on_closes_the_panels_QandA_and_the_next_panel_gets_a_card_of_its_own()
    {
        await _qa.GoToPanelOneAsync();
        await _qa.SayAsync(Eva, "ask Before moving on?");
        var firstCard = await _qa.CardIdAsync();

        await _qa.ChairSaysAsync("next");
        await _qa.SayAsync(Farid, "ask Late for panel one?");

        Assert.Contains("🔴 Closed", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);
        Assert.False((await _qa.BoardAsync()).IsOpen);
        var second = await _qa.BoardAsync(new(1, 2));
        Assert.Equal("Late for panel one?", Assert.Single(second.Questions).Text);
        Assert.NotEqual(firstCard, _qa.Connector.Requests.Last(r => r.Route == "send" && r.Body?["attachments"] is not null).ActivityId);
        var refused = await _qa.UpvoteAsync(Eva, 1);
        Assert.Equal("QandAClosed", (string)refused["value"]!["code"]!);
    }

    [Fact]
    public async Task Qa_reposts_the_card_and_the_new_card_is_the_one_kept_up_to_date()
    {
        await _qa.GoToPanelOneAsync();
        var old = await _qa.CardIdAsync();

        await _qa.ChairSaysAsync("qa");
        var fresh = await _qa.CardIdAsync();
        var updatesOfOld = _qa.Connector.Updates.Count(u => u.ActivityId == old);
        await _qa.SayAsync(Eva, "ask After the repost?");

        Assert.NotEqual(old, fresh);
        Assert.Contains("After the repost?", WireCards.AllText(await _qa.LastCardAsync()), StringComparison.Ordinal);
        Assert.Equal(updatesOfOld, _qa.Connector.Updates.Count(u => u.ActivityId == old));
    }
}
