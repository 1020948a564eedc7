using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Inputs;

public sealed class InputsCardTests
{
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly Domain.Programme.Programme Seed = ProgrammeLoader.LoadBuiltIn();

    [Fact]
    public void Only_visible_inputs_become_entries_and_anonymous_ones_carry_no_name_or_organisation()
    {
        var named = Submit(1, InputAttribution.Named, "UNODC");
        var orgOnly = Submit(2, InputAttribution.OrganisationOnly, "Youth Forum");
        var anonymous = Submit(3, InputAttribution.Anonymous, "Secret Org");
        var hidden = Submit(4, InputAttribution.Named, "UNODC");
        hidden.Hide(new Actor("chair", "Chair"), Start);
        var withdrawn = Submit(5, InputAttribution.Named, null);
        withdrawn.Withdraw(withdrawn.Author.Key, _ => true, Start);

        var entries = InputEntries.From([named, orgOnly, anonymous, hidden, withdrawn], [], InputFilter.All);

        Assert.Equal(["i1", "i2", "i3"], entries.Select(e => e.Id));
        Assert.Equal(("Person 1, UNODC", "Person 1", "UNODC"), (entries[0].Attribution, entries[0].AuthorName, entries[0].Organisation));
        Assert.Equal(("Youth Forum", (string?)null, "Youth Forum"), (entries[1].Attribution, entries[1].AuthorName, entries[1].Organisation));
        Assert.Equal(((string?)null, (string?)null, (string?)null), (entries[2].Attribution, entries[2].AuthorName, entries[2].Organisation));
    }

    [Fact]
    public void Entries_follow_the_guiding_questions_with_those_on_none_last_and_open_text_answers_among_them()
    {
        var poll = Poll.FromGuidingQuestion(PollId.Next(1), Seed.FindGuidingQuestion(2)!, anonymous: false, hidden: false, 3, "chair", Start).Value!;
        var hiddenPoll = Poll.FromGuidingQuestion(PollId.Next(2), Seed.FindGuidingQuestion(1)!, anonymous: true, hidden: true, 3, "chair", Start).Value!;
        IReadOnlyList<AnswerGroup> answers = [new([], null, "More shelters", 3, Start.AddMinutes(1)), new([], null, "  ", 1, Start)];

        var entries = InputEntries.From(
            [Submit(1, question: null), Submit(2, question: 5), Submit(3, question: 2)],
            [(poll, answers), (hiddenPoll, [new([], null, "Not yet revealed", 1, Start)])],
            InputFilter.All);

        // Within a question, oldest first: the answers began a minute in, i3 came at the third.
        Assert.Equal(["p1", "i3", "i2", "i1"], entries.Select(e => e.Id));
        var answer = entries[0];
        Assert.Equal((InputSource.PollAnswer, 3, "More shelters", (string?)null, 2), (answer.Source, answer.Count, answer.Description, answer.Attribution, answer.GuidingQuestion));
        Assert.Equal(["i2"], InputEntries.From([Submit(1), Submit(2, question: 5)], [], new InputFilter(null, 5)).Select(e => e.Id));
    }

    [Fact]
    public void Pages_stay_under_the_limit_repeat_a_continued_question_and_point_to_the_next_page()
    {
        var long1 = new string('*', InputLimits.Description);
        var inputs = Enumerable.Range(1, 40).Select(i => Submit(i, question: i <= 30 ? 4 : null, description: long1)).ToList();

        var pages = InputsCard.Pages(Seed, InputEntries.From(inputs, [], InputFilter.All), "All agenda items", "inputs");

        Assert.True(pages.Count > 2, $"{pages.Count} pages");
        Assert.All(pages, p => Assert.InRange(CardJson.Utf8Size(p), 1, InputsCard.MaxBytes));
        var texts = pages.Select(p => CardJson.ToJson(p)).ToList();
        Assert.Contains("Page 1 of", texts[0], StringComparison.Ordinal);
        Assert.Contains("type `inputs 2` for the next", texts[0], StringComparison.Ordinal);
        Assert.Contains("Q4. ", texts[0], StringComparison.Ordinal);
        Assert.Contains("(continued)", texts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("for the next", texts[^1], StringComparison.Ordinal);
        Assert.Contains("Not on a guiding question", texts[^1], StringComparison.Ordinal);
        Assert.Equal(40, texts.Sum(t => System.Text.RegularExpressions.Regex.Count(t, @" · i\d+""")));
    }

    [Fact]
    public void Co_chairs_see_hidden_inputs_as_attributed_so_an_anonymous_one_names_nobody()
    {
        var anonymous = Submit(1, InputAttribution.Anonymous, "Secret Org");
        var named = Submit(2, InputAttribution.Named, "UNODC");
        anonymous.Hide(new Actor("chair", "Chair"), Start);
        named.Hide(new Actor("chair", "Chair"), Start);

        var card = CardJson.ToJson(HiddenInputsCard.Render(Seed, [anonymous, named], new Dictionary<string, string>()));

        Assert.DoesNotContain("Person 1", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret Org", card, StringComparison.Ordinal);
        Assert.Contains("Anonymous · IV.", card, StringComparison.Ordinal);
        Assert.Contains("Person 2, UNODC · IV.", card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hidden_inputs_card_stays_under_teams_limit_however_heavy_the_inputs_and_names_the_rest_by_id()
    {
        // Backslashes are escaped twice (Markdown, then JSON): 2,000 of them weigh about 8 KB in the card.
        var heavy = new string('\\', 2_000);
        var hidden = Enumerable.Range(1, 26).Select(n =>
        {
            var input = Submit(n, organisation: new string('\\', 100), description: heavy);
            input.Hide(new Actor("chair", "Chair"), Start);
            return input;
        }).ToList();

        var card = CardJson.ToJson(HiddenInputsCard.Render(Seed, hidden, new Dictionary<string, string>()));

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card) < 26_000, "the card must stay under Teams' limit");
        Assert.Contains("Also hidden: ", card, StringComparison.Ordinal);
        Assert.Contains("i26", card, StringComparison.Ordinal);
    }

    [Fact]
    public void No_inputs_gives_one_page_saying_how_to_share_one()
    {
        var page = Assert.Single(InputsCard.Pages(Seed, [], "III. Spotlight", "inputs III"));

        Assert.Contains("No inputs yet. Type `input` to share one.", CardJson.ToJson(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null, null, 1, "inputs")]
    [InlineData("3", null, null, 3, "inputs")]
    [InlineData("III", 2, null, 1, "inputs III")]
    [InlineData("III.2 3", 2, null, 3, "inputs III.2", 2)]
    [InlineData("iv 2", 3, null, 2, "inputs IV")]
    [InlineData("closing", 4, null, 1, "inputs V")]
    [InlineData("q4", null, 4, 1, "inputs q4")]
    [InlineData("Q13 2", null, 13, 2, "inputs q13")]
    public void Inputs_arguments_name_a_filter_and_a_page(string typed, int? item, int? question, int page, string command, int? panel = null)
    {
        var arguments = InputsArguments.Parse(typed, Seed);

        Assert.Equal((null, (string?)null, new InputFilter(item, question, panel), page, command), (arguments.ChairVerb, arguments.Unknown, arguments.Filter, arguments.Page, arguments.Command));
    }

    [Theory]
    [InlineData("hide i3", "hide", "i3")]
    [InlineData("SHOW 3", "show", "3")]
    [InlineData("close", "close", "")]
    [InlineData("open III", "open", "III")]
    [InlineData("hidden", "hidden", "")]
    public void Chair_verbs_come_with_their_target(string typed, string verb, string target)
    {
        var arguments = InputsArguments.Parse(typed, Seed);

        Assert.Equal((verb, target), (arguments.ChairVerb, arguments.Target));
    }

    [Theory]
    [InlineData("q99")]
    [InlineData("nonsense words")]
    public void Unknown_references_are_reported(string typed) => Assert.Equal(typed, InputsArguments.Parse(typed, Seed).Unknown);

    [Fact]
    public void Inputs_submitted_in_the_same_batch_are_listed_in_the_order_they_were_given_ids()
    {
        // The turns of one batch share its instant, so i9 and i10 carry the same time: "i10" sorts before "i9" as text.
        var sameInstant = Enumerable.Range(8, 4).Select(n => Submit(n, submittedAt: Start)).Reverse().ToList();

        var entries = InputEntries.From(sameInstant, [], InputFilter.All);

        Assert.Equal(["i8", "i9", "i10", "i11"], entries.Select(e => e.Id));
    }

    private static Input Submit(
        int n, InputAttribution attribution = InputAttribution.Named, string? organisation = "UNODC", int? question = null, string description = "Described.", DateTimeOffset? submittedAt = null)
    {
        var draft = new InputDraft { Title = "Title " + n, Description = description, Organisation = organisation, ItemIndex = 3, GuidingQuestion = question, Attribution = attribution };
        var author = new InputAuthor("aad-" + n, "29:" + n, "Person " + n);
        Assert.Equal(InputOutcome.Done, Input.Submit(InputId.Next(n), author, draft, Seed, _ => true, submittedAt ?? Start.AddMinutes(n), out var input).Outcome);
        return input!;
    }
}
