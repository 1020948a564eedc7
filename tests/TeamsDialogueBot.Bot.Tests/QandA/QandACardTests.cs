using System.Globalization;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.QandA;

public sealed class QandACardTests
{
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private static readonly QandACardContext Shared = new("III.2 Panel 2: Protection", ["Ana Maria Silva", "Li Wei"], ["29:chair-1"]);

    [Fact]
    public void The_shared_card_lists_questions_with_their_askers_as_shown_and_an_upvote_button_each_carrying_its_question_and_panel()
    {
        var board = Board();
        Ask(board, "Named?", "ana", "Ana Silva", "UNODC");
        Ask(board, "Anonymous? [link](https://evil.example) <at>All</at>", "bo", "Bo Secret", "Hidden Org", anonymous: true, to: "Li Wei");

        var card = Json(QandACard.Render(board, Shared));
        var text = Texts(card);

        Assert.Contains("**1.** Named?", text, StringComparison.Ordinal);
        Assert.Contains(@"Ana Silva \(UNODC\)", text, StringComparison.Ordinal);
        Assert.Contains("Anonymous · to Li Wei", text, StringComparison.Ordinal);
        // Markdown and mentions shown as typed, and the address broken so Teams can't make it a link.
        Assert.Contains(@"\[link\]\(https:" + "\u2060" + @"//evil.example\) \<at\>All\</at\>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bo Secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden Org", text, StringComparison.Ordinal);
        var upvotes = Actions(card).Where(a => (string?)a["verb"] == QandAVerbs.Upvote).ToList();
        Assert.Equal(["1", "2"], upvotes.Select(a => (string)a["data"]![QandAVerbs.QuestionKey]!));
        Assert.All(upvotes, a => Assert.Equal("2.2", (string)a["data"]![QandAVerbs.PositionKey]!));
        Assert.All(upvotes, a => Assert.Equal("none", (string)a["associatedInputs"]!));
        Assert.Equal(["29:chair-1"], card["refresh"]!["userIds"]!.AsArray().Select(u => (string)u!));
        Assert.DoesNotContain(Actions(card), a => (string?)a["verb"] is QandAVerbs.Approve or QandAVerbs.Hide or QandAVerbs.Answered);
    }

    [Fact]
    public void A_voters_own_view_marks_their_upvotes_and_the_shared_view_marks_none()
    {
        var board = Board();
        Ask(board, "One?", "ana");
        Ask(board, "Two?", "bo");
        board.ToggleUpvote(2, new QuestionVoter("me"));
        board.ToggleUpvote(2, new QuestionVoter("you"));

        var mine = Texts(Json(QandACard.Render(board, Shared with { Viewer = new QuestionVoter("me") })));
        var shared = Texts(Json(QandACard.Render(board, Shared)));

        Assert.Contains("✓ ▲ 2", mine, StringComparison.Ordinal);
        Assert.Contains("▲ 0", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("✓ ▲", shared, StringComparison.Ordinal);
        Assert.True(shared.IndexOf("Two?", StringComparison.Ordinal) < shared.IndexOf("One?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_chair_view_shows_pending_and_hidden_questions_with_their_buttons_and_the_shared_view_only_counts_the_pending()
    {
        var board = Board();
        Ask(board, "Visible?", "ana");
        board.Hide(Chair, Ask(board, "Hidden?", "bo"), Start);
        board.SetModeration(Chair, true, Start);
        Ask(board, "Pending?", "cy");

        var chair = Json(QandACard.Render(board, Shared with { ChairView = true }));
        var shared = Texts(Json(QandACard.Render(board, Shared)));

        var text = Texts(chair);
        Assert.Contains("Waiting for your approval (1)", text, StringComparison.Ordinal);
        Assert.Contains("Hidden (1)", text, StringComparison.Ordinal);
        Assert.Equal(
            [(QandAVerbs.Approve, "3"), (QandAVerbs.Hide, "3"), (QandAVerbs.Answered, "1"), (QandAVerbs.Hide, "1"), (QandAVerbs.Show, "2")],
            Actions(chair).Where(a => (string?)a["verb"] is QandAVerbs.Approve or QandAVerbs.Hide or QandAVerbs.Show or QandAVerbs.Answered)
                .Select(a => ((string)a["verb"]!, (string)a["data"]![QandAVerbs.QuestionKey]!)));
        Assert.DoesNotContain("Pending?", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden?", shared, StringComparison.Ordinal);
        Assert.Contains("1 waiting for approval", shared, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_QandA_has_no_form_and_no_upvote_buttons_but_still_shows_the_counts()
    {
        var board = Board();
        Ask(board, "Asked in time?", "ana");
        board.ToggleUpvote(1, new QuestionVoter("v"));
        board.Close(Chair, Start);

        var card = Json(QandACard.Render(board, Shared));

        Assert.Contains("🔴 Closed", Texts(card), StringComparison.Ordinal);
        Assert.Contains("▲ 1", Texts(card), StringComparison.Ordinal);
        Assert.Empty(Actions(card));
        Assert.DoesNotContain("Input.Text", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_hundred_long_questions_are_cut_to_the_size_limit_best_first_with_the_rest_counted()
    {
        var board = Board();
        for (var i = 1; i <= QandALimits.Questions; i++)
        {
            var text = i.ToString(CultureInfo.InvariantCulture) + " " + new string('q', QandALimits.Text - 10);
            Ask(board, text, "asker" + (i / QandALimits.PerAsker).ToString(CultureInfo.InvariantCulture), "Name " + i.ToString(CultureInfo.InvariantCulture), "Organisation of the asker");
        }

        board.ToggleUpvote(200, new QuestionVoter("v"));

        foreach (var view in new[] { Shared, Shared with { ChairView = true } })
        {
            var card = QandACard.Render(board, view);
            var text = Texts(Json(card));

            Assert.InRange(CardJson.Utf8Size(card), 1, QandACard.MaxBytes);
            Assert.Contains("**200.** 200 qqq", text, StringComparison.Ordinal);
            Assert.Matches(@"… and \d+ more", text);
            Assert.Contains("200 questions", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_chair_view_stays_under_the_size_limit_with_long_pending_and_hidden_questions_and_still_counts_them()
    {
        // '@' is written with an invisible word joiner after it (no autolink), so each of these questions takes about
        // 2 KB of card: eight hidden and eight waiting ones alone used to make a chair view Teams refuses.
        var board = Board();
        var hostile = new string('@', QandALimits.Text);
        for (var i = 0; i < 8; i++)
        {
            board.Hide(Chair, Ask(board, hostile, "h" + i.ToString(CultureInfo.InvariantCulture), new string('@', QandALimits.AskerName)), Start);
        }

        board.SetModeration(Chair, true, Start);
        for (var i = 0; i < 8; i++)
        {
            Ask(board, hostile, "p" + i.ToString(CultureInfo.InvariantCulture), new string('@', QandALimits.AskerName));
        }

        var card = QandACard.Render(board, Shared with { ChairView = true });

        Assert.InRange(CardJson.Utf8Size(card), 1, QandACard.MaxBytes);
        var text = Texts(Json(card));
        Assert.Contains("Waiting for your approval (8)", text, StringComparison.Ordinal);
        Assert.Contains("Hidden (8)", text, StringComparison.Ordinal);

        // The oldest waiting question is the first a chair can approve.
        Assert.Contains(Actions(Json(card)), a => (string?)a["verb"] == QandAVerbs.Approve && (string?)a["data"]![QandAVerbs.QuestionKey] == "9");
    }

    [Fact]
    public void The_form_comes_back_with_the_askers_text_choices_and_the_problem_marked()
    {
        var board = Board();

        var card = Json(QandACard.Render(board, Shared with { FormError = "Too long.", FormText = "my text", FormAddressee = "Li Wei", FormAnonymous = true }));

        var body = card["body"]!.AsArray();
        Assert.Contains(body, e => (string?)e!["text"] == "⚠ Too long." && (string?)e["color"] == "attention");
        Assert.Equal("my text", (string)body.Single(e => (string?)e!["id"] == QandAVerbs.TextInput)!["value"]!);
        var inputs = card.ToJsonString();
        Assert.Contains("\"id\":\"qaTo\"", inputs, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Li Wei\"", inputs, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"anonymous\"", inputs, StringComparison.Ordinal);
    }

    private static QuestionBoard Board() => QuestionBoard.Create("19:meeting@thread.v2", new AgendaPosition(2, 2));

    private static int Ask(QuestionBoard board, string text, string key, string name = "Someone", string? organisation = null, bool anonymous = false, string? to = null)
    {
        var result = board.Ask(new QuestionDraft(text, new QuestionVoter(key), name, organisation, anonymous, to), Start);
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return result.Question!.Number;
    }

    private static JsonNode Json(AdaptiveCard card) => JsonNode.Parse(CardJson.ToJson(card))!;

    /// <summary>Every text, title and value a person could read, one per line.</summary>
    private static string Texts(JsonNode node) =>
        string.Join('\n', node.DescendantsAndSelf().OfType<JsonObject>()
            .SelectMany(o => o.Where(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out _)).Select(p => (string)p.Value!)));

    // The buttons people press: not the refresh action Teams invokes on its own.
    private static List<JsonObject> Actions(JsonNode node) =>
        [.. node.DescendantsAndSelf().OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.Execute" && !(o.Parent is JsonObject parent && parent.ContainsKey("userIds")))];
}
