using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The inputs form, the author's view, the inputs cards and the chairs' hidden list in the pseudo-locale.</summary>
public sealed class PseudoLocaleInputsTests
{
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");
    private static readonly TeamsDialogueBot.Domain.Programme.Programme Seed = ProgrammeLoader.LoadBuiltIn();
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Link = [];

    [Fact]
    public void Every_input_card_has_no_hard_coded_text()
    {
        var named = Submit(1, InputAttribution.Named, question: 2);
        var anonymous = Submit(2, InputAttribution.Anonymous, question: null);
        var hidden = Submit(3, InputAttribution.OrganisationOnly, question: 4);
        hidden.Hide(new Actor("chair", "Chair One"), Start);
        var data = Data([named, anonymous, hidden]).ToList();
        InputProblem[] problems = [.. Enum.GetValues<InputField>().Select(f => new InputProblem(f, InputRule.Empty))];

        var cards = new List<TeamsDialogueBot.Cards.AdaptiveCard>
        {
            InputFormCard.Render(Seed, new InputDraft { ItemIndex = 3 }, [], i => i != 1, Link, null, Pseudo),
            InputFormCard.Render(Seed, new InputDraft { ItemIndex = 3 }, problems, _ => true, Link, named.Id, Pseudo),
            InputViewCard.Saved(Seed, named, Link, edited: true, Pseudo),
            InputViewCard.Withdrawn(anonymous, Link, Pseudo),
            HiddenInputsCard.Render(Seed, [hidden], Link, Pseudo),
            HiddenInputsCard.Render(Seed, [], Link, Pseudo),
        };
        cards.AddRange(InputsCard.Pages(Seed, InputEntries.From([named, anonymous], [], InputFilter.All), Pseudo["Inputs.Scope.All"], "inputs", Pseudo));
        cards.AddRange(InputsCard.Pages(Seed, [], Pseudo["Inputs.Scope.All"], "inputs", Pseudo));

        foreach (var card in cards)
        {
            var hardCoded = VisibleTexts.HardCoded(card, data);
            Assert.True(hardCoded.Count == 0, string.Join(" | ", hardCoded));
        }
    }

    [Fact]
    public void Every_reply_about_inputs_comes_from_the_resources()
    {
        var input = Submit(1, InputAttribution.Named, question: null);
        foreach (var outcome in Enum.GetValues<InputOutcome>())
        {
            foreach (var verb in new[] { "hide", "show", "close", "open" })
            {
                Assert.StartsWith("⟦", InputTexts.ChairReply(outcome, "i1", verb, "i1", Pseudo), StringComparison.Ordinal);
            }

            if (InputTexts.Refusal(outcome, input.Id, Seed, 3, Pseudo) is { } refusal)
            {
                Assert.StartsWith("⟦", refusal, StringComparison.Ordinal);
            }
        }

        foreach (var field in Enum.GetValues<InputField>())
        {
            foreach (var rule in Enum.GetValues<InputRule>())
            {
                Assert.StartsWith("⟦", InputTexts.Problem(new InputProblem(field, rule), Seed, 3, Pseudo), StringComparison.Ordinal);
            }
        }
    }

    // What the cards show that is the dialogue's own: the programme, what authors typed, ids, commands.
    private static IEnumerable<string> Data(IEnumerable<Input> inputs)
    {
        foreach (var position in Seed.Positions)
        {
            yield return Seed.Heading(position);
            yield return Seed.Reference(position);

            // The form's choices cut long headings short.
            yield return TeamsDialogueBot.Cards.CardText.Truncate(Seed.Heading(position), 90);
        }

        foreach (var question in Seed.GuidingQuestions)
        {
            yield return question.Text;
        }

        foreach (var input in inputs)
        {
            yield return input.Id.Value;
            yield return input.Content.Title;
            yield return input.Content.Description;
            yield return "Person " + input.Id.Value;
            yield return "UNODC";
            yield return "Chair One";
            yield return "Jul";
        }

        yield return "https://…";
    }

    private static Input Submit(int n, InputAttribution attribution, int? question)
    {
        var draft = new InputDraft { Title = "Title " + n, Description = "Described " + n, Organisation = "UNODC", ItemIndex = 3, GuidingQuestion = question, Attribution = attribution };
        var author = new InputAuthor("aad-" + n, "29:" + n, "Person i" + n);
        Assert.Equal(InputOutcome.Done, Input.Submit(InputId.Next(n), author, draft, Seed, _ => true, Start.AddMinutes(n), out var input).Outcome);
        return input!;
    }
}
