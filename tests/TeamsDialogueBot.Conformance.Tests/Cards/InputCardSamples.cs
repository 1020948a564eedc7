using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// Inputs on related activities: the private form (new, sent back with every field marked, editing), the author's
/// saved and withdrawn views, the `inputs` pages (first and last of several, and empty), and a co-chair's hidden list.
/// </summary>
public sealed class InputCardSamples : ICardSamples
{
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Link = new()
    {
        [InputFormLinks.ConversationKey] = "19:meeting_NjY4ZDc5ZjAtYjA1Zi00ZTcx@thread.v2",
        [InputFormLinks.ConversationTypeKey] = "groupChat",
        [InputFormLinks.MeetingKey] = "MCMxOTptZWV0aW5n",
        [InputFormLinks.SignatureKey] = "q1u0n3JmV0VzZ3d3c2lnbmF0dXJlPQ==",
    };

    private static readonly Func<int, bool> ThirdItemClosed = item => item != 2;

    public IEnumerable<CardSample> Samples
    {
        get
        {
            yield return new("input-form-new", InputFormCard.Render(Seed, new InputDraft { Organisation = "Migrant Rights Network", ItemIndex = 3 }, [], ThirdItemClosed, Link, null));
            var bad = new InputDraft
            {
                Organisation = "",
                Title = "",
                Description = "Tab\tseparated",
                Link = "http://example.org",
                ItemIndex = 2,
                GuidingQuestion = 0,
                Attribution = InputAttribution.OrganisationOnly,
            };
            Assert.NotEmpty(InputRules.Check(bad, Seed, out _));
            yield return new("input-form-problems", InputFormCard.Render(Seed, bad, Problems(bad), ThirdItemClosed, Link, null));

            var named = Submit(1, "Amira Haddad", InputAttribution.Named, question: 4, link: "https://example.org/helpline");
            yield return new("input-form-edit", InputFormCard.Render(Seed, InputFormValues.Of(named), [], _ => true, Link, named.Id));
            yield return new("input-saved", InputViewCard.Saved(Seed, named, Link, edited: false));
            yield return new("input-saved-anonymous", InputViewCard.Saved(Seed, Submit(2, "Li Wei", InputAttribution.Anonymous), Link, edited: true));
            var withdrawn = Submit(3, "Li Wei", InputAttribution.OrganisationOnly);
            withdrawn.Withdraw(withdrawn.Author.Key, _ => true, Start.AddHours(1));
            yield return new("input-withdrawn", InputViewCard.Withdrawn(withdrawn, Link));

            var pages = InputsCard.Pages(Seed, Listing(), "All agenda items", "inputs");
            yield return new("inputs-first-page", pages[0]);
            yield return new("inputs-last-page", pages[^1]);
            yield return new("inputs-none", InputsCard.Pages(Seed, [], "IV. Interactive exchange", "inputs IV")[0]);

            var hidden = Submit(4, "Bruno Costa", InputAttribution.Anonymous, question: 2);
            hidden.Hide(new Actor("aad-chair", "Co-Chair One"), Start.AddMinutes(30));
            yield return new("inputs-hidden-for-a-chair", HiddenInputsCard.Render(Seed, [hidden], Link));
            yield return new("inputs-hidden-none", HiddenInputsCard.Render(Seed, [], Link));
        }
    }

    /// <summary>The form with its problems, the author's view and the longest inputs page, in another language (issue 14).</summary>
    internal static IEnumerable<CardSample> In(string language)
    {
        var texts = Bot.Localization.Texts.For(language);
        var bad = new InputDraft { Organisation = "", Title = "", Description = "Tab\tseparated", Link = "http://example.org", ItemIndex = 2, Attribution = InputAttribution.OrganisationOnly };
        yield return new($"input-form-problems-{language}", InputFormCard.Render(Seed, bad, Problems(bad), ThirdItemClosed, Link, null, texts));
        yield return new($"input-saved-{language}", InputViewCard.Saved(Seed, Submit(1, "Amira Haddad", InputAttribution.Named, question: 4, link: "https://example.org/helpline"), Link, edited: false, texts));
        yield return new($"inputs-first-page-{language}", InputsCard.Pages(Seed, Listing(), texts["Inputs.Scope.All"], "inputs", texts)[0]);
    }

    private static List<InputProblem> Problems(InputDraft draft)
    {
        var problems = InputRules.Check(draft, Seed, out _).ToList();
        problems.Add(new InputProblem(InputField.Item, InputRule.Closed));
        return problems;
    }

    // Enough long inputs for several pages, on questions and not, with open-text poll answers among them.
    private static IReadOnlyList<InputEntry> Listing()
    {
        var inputs = Enumerable.Range(10, 30)
            .Select(n => Submit(n, "Participant " + n, (InputAttribution)(n % 3), question: n % 4 == 0 ? null : n % 4, description: string.Concat(Enumerable.Repeat("A programme that trains border officials in victim identification. ", 15))))
            .ToList();
        var poll = Poll.FromGuidingQuestion(PollId.Next(1), Seed.FindGuidingQuestion(1)!, anonymous: true, hidden: false, 3, "chair", Start).Value!;
        IReadOnlyList<AnswerGroup> answers = [new([], null, "More funding for shelters", 4, Start), new([], null, "See **www.example.org** for our [report]", 1, Start.AddMinutes(1))];
        return InputEntries.From(inputs, [(poll, answers)], InputFilter.All);
    }

    private static Input Submit(int n, string name, InputAttribution attribution, int? question = null, string? link = null, string? description = null)
    {
        var draft = new InputDraft
        {
            Organisation = "Civil Society Forum " + n,
            Title = "Regional helpline for smuggled migrants, phase " + n,
            Description = description ?? "A 24-hour helpline in six languages,\nrun with national Red Cross societies.",
            Link = link,
            ItemIndex = 3,
            GuidingQuestion = question,
            Attribution = attribution,
        };
        Assert.Equal(InputOutcome.Done, Input.Submit(InputId.Next(n), new InputAuthor("aad-" + n, "29:" + n, name), draft, Seed, _ => true, Start.AddMinutes(n), out var input).Outcome);
        return input!;
    }
}
