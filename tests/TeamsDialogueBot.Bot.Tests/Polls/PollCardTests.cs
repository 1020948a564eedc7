using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Tests.Polls;

/// <summary>The poll card views, pure: every kind and state, the voter's and the error view, all small enough for Teams.</summary>
public sealed class PollCardTests
{
    private const int MaxCardBytes = 28 * 1024;
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Secret = "0123456789abcdef0123456789abcdef"u8.ToArray();

    public static TheoryData<PollKind> Kinds() => [PollKind.SingleChoice, PollKind.MultipleChoice, PollKind.Rating, PollKind.OpenText, PollKind.Ranking];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_view_of_every_kind_stays_under_28_KB_even_at_the_limits(PollKind kind)
    {
        var poll = Largest(kind);
        var answers = Enumerable.Range(0, 300).Select(i => LongAnswer(poll, i)).ToList();
        var tally = PollTally.Compute(poll, answers);

        var views = new[]
        {
            PollCard.Render(poll, tally),
            PollCard.RenderForVoter(poll, tally, answers[0]),
            PollCard.RenderError(poll, tally, "Pick only one option."),
            PollResultsCard.Render(poll, tally),
            PollResultsCard.RenderInputs(poll, tally),
        };
        poll.Close(Now, "chair");
        var closed = PollTally.Compute(poll, answers);

        foreach (var card in views.Append(PollCard.Render(poll, closed)).Append(PollResultsCard.Render(poll, closed)))
        {
            Assert.InRange(CardJson.Utf8Size(card), 1, MaxCardBytes);
        }
    }

    [Fact]
    public void An_open_card_offers_execute_with_a_submit_fallback_carrying_the_same_data()
    {
        var poll = Poll("\"Format?\" \"Hybrid\" \"Online\"");

        var json = CardJson.ToJson(PollCard.Render(poll, PollTally.Compute(poll, [])));
        var action = JsonNode.Parse(json)!["actions"]![0]!;

        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        Assert.Equal(PollCard.VoteVerb, action["verb"]!.GetValue<string>());
        Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal(PollCard.VoteVerb, action["fallback"]!["data"]!["verb"]!.GetValue<string>());
        Assert.Equal(2, Count(json, "\"pollId\":\"p1\""));
        Assert.Contains("\"id\":\"choice\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tally_shows_counts_percentages_a_chart_and_text_bars_as_its_fallback()
    {
        var poll = Poll("\"Format?\" \"Hybrid\" \"Online\"");
        var tally = PollTally.Compute(poll, [Vote(poll, "u1", "a"), Vote(poll, "u2", "a"), Vote(poll, "u3", "b"), Vote(poll, "u4", "a")]);

        var json = CardJson.ToJson(PollCard.Render(poll, tally));

        Assert.Contains("\"type\":\"Chart.HorizontalBar\"", json, StringComparison.Ordinal);
        Assert.Contains("{\"x\":\"Hybrid (75%)\",\"y\":3}", json, StringComparison.Ordinal);
        Assert.Contains("████████░░ 75% (3) Hybrid", json, StringComparison.Ordinal);
        Assert.Contains("4 respondents", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_poll_shows_only_the_respondent_count_until_revealed()
    {
        var poll = Poll("\"Format?\" \"Hybrid\" \"Online\" hidden");
        var answers = new[] { Vote(poll, "u1", "a"), Vote(poll, "u2", "b") };

        var hidden = CardJson.ToJson(PollCard.Render(poll, PollTally.Compute(poll, answers)));
        poll.Reveal(Now, "chair");
        var revealed = CardJson.ToJson(PollCard.Render(poll, PollTally.Compute(poll, answers)));

        Assert.Contains("2 respondents", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("50%", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Chart.HorizontalBar", hidden, StringComparison.Ordinal);
        Assert.Contains("50% (1) Online", revealed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_card_has_no_inputs_or_buttons_and_says_so()
    {
        var poll = Poll("\"Format?\" \"Hybrid\" \"Online\"");
        poll.Close(Now, "chair");

        var card = PollCard.Render(poll, PollTally.Compute(poll, []));

        Assert.Null(card.Actions);
        Assert.DoesNotContain(card.Body, e => e is InputChoiceSet or InputText);
        Assert.Contains("This poll is closed.", CardJson.ToJson(card), StringComparison.Ordinal);
    }

    [Fact]
    public void The_voter_view_preselects_their_answer_and_names_it_in_plain_text()
    {
        var poll = Poll("\"Best *panel*?\" \"[First](http://x)\" \"Second\" multi");
        var mine = Vote(poll, "u1", "a,b");

        var card = PollCard.RenderForVoter(poll, null, mine);
        var json = CardJson.ToJson(card);

        Assert.Equal("a,b", card.Body.OfType<InputChoiceSet>().Single().Value);
        Assert.Contains(@"Your answer: \\[First\\]\\(http://x\\), Second", json, StringComparison.Ordinal);
        Assert.Contains(@"Best \\*panel\\*?", json, StringComparison.Ordinal);
        Assert.Contains("Change my answer", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_view_explains_and_shows_the_poll_again_when_it_is_known()
    {
        var poll = Poll("\"Format?\" \"Hybrid\" \"Online\"");

        var known = PollCard.RenderError(poll, null, "Pick only one option.");
        var unknown = PollCard.RenderError(null, null, "There is no poll p9 in this conversation.");

        Assert.Equal(TextColor.Attention, Assert.IsType<TextBlock>(known.Body[0]).Color);
        Assert.NotNull(known.Actions);
        Assert.Null(unknown.Actions);
        Assert.Contains("Nothing was recorded.", CardJson.ToJson(unknown), StringComparison.Ordinal);
    }

    [Fact]
    public void Open_text_results_merge_exact_duplicates_with_counts()
    {
        var poll = Poll("\"Your input?\" text");
        var answers = new[] { Text(poll, "u1", "More time"), Text(poll, "u2", "More time"), Text(poll, "u3", "Less talk") };

        var json = CardJson.ToJson(PollResultsCard.Render(poll, PollTally.Compute(poll, answers)));

        Assert.Contains("• More time (×2)", json, StringComparison.Ordinal);
        Assert.Contains("• Less talk\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_results_contain_no_voter_id()
    {
        var poll = Poll("\"Name speakers?\" \"Yes\" \"No\" anonymous");
        const string aad = "6C8A3C1E-5B1A-4D7E-9C36-1F0B8B9F0A01";
        var mine = AnswerParser.Parse(poll, new Dictionary<string, string?> { ["pollId"] = "p1", ["choice"] = "a" }, VoterKey.For(poll, aad, Secret), Now).Value!;
        var tally = PollTally.Compute(poll, [mine]);

        var cards = new[] { PollCard.Render(poll, tally), PollCard.RenderForVoter(poll, tally, mine), PollResultsCard.Render(poll, tally) };

        Assert.All(cards, c => Assert.DoesNotContain(aad, CardJson.ToJson(c), StringComparison.OrdinalIgnoreCase));
        Assert.All(cards, c => Assert.DoesNotContain(mine.Voter.Value, CardJson.ToJson(c), StringComparison.Ordinal));
    }

    private static Poll Poll(string command)
    {
        var spec = PollCommand.Parse(command).Value!.Spec!;
        return Domain.Polls.Poll.AdHoc(PollId.Next(1), spec, 0, "chair", Now).Value!;
    }

    private static Poll Largest(PollKind kind)
    {
        var options = kind is PollKind.Rating or PollKind.OpenText ? [] : Enumerable.Range(0, PollLimits.MaxOptions).Select(i => $"{i} " + new string('o', PollLimits.MaxOptionLength - 2)).ToList();
        var spec = new PollSpec(new string('Q', PollLimits.MaxQuestionLength), kind, options);
        return Domain.Polls.Poll.AdHoc(PollId.Next(1), spec, 0, "chair", Now).Value!;
    }

    private static Answer LongAnswer(Poll poll, int i)
    {
        var answer = new Answer(poll.Id, new VoterKey($"v{i}"), Now.AddSeconds(i));
        return poll.Kind switch
        {
            PollKind.Rating => answer with { Rating = 1 + (i % 5) },
            PollKind.OpenText => answer with { Text = $"{i} " + new string('<', PollLimits.MaxTextAnswerLength - 4) },
            PollKind.Ranking => answer with { Choices = [.. poll.Options.Select(o => o.Key).Reverse()] },
            _ => answer with { Choices = [poll.Options[i % poll.Options.Count].Key] },
        };
    }

    private static Answer Vote(Poll poll, string voter, string choice) =>
        AnswerParser.Parse(poll, new Dictionary<string, string?> { ["pollId"] = "p1", ["choice"] = choice }, new VoterKey(voter), Now).Value!;

    private static Answer Text(Poll poll, string voter, string text) =>
        AnswerParser.Parse(poll, new Dictionary<string, string?> { ["pollId"] = "p1", ["text"] = text }, new VoterKey(voter), Now).Value!;

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
