using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// The author's own view of an input after saving or withdrawing it (an invoke response: nobody else sees it), with
/// Edit and Withdraw while it can still change. A pure function.
/// </summary>
public static class InputViewCard
{
    public static AdaptiveCard Saved(Programme programme, Input input, IReadOnlyDictionary<string, string> link, bool edited)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(link);
        var entry = InputEntries.Of(input);
        var body = new List<CardElement>
        {
            new TextBlock(edited ? $"✓ Input {input.Id} updated" : $"✓ Input {input.Id} saved") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Good },
            new TextBlock(CardText.Unlinked(entry.Title)) { Weight = TextWeight.Bolder },
            new TextBlock(InputTexts.Multiline(entry.Description)) { Spacing = Spacing.Small },
        };
        var facts = new List<Fact>();
        if (entry.Link is { } url)
        {
            facts.Add(new Fact("Link", CardText.Unlinked(url)));
        }

        facts.Add(new Fact("Shown as", entry.Attribution is { } shown ? CardText.Unlinked(shown) : "Anonymous"));
        facts.Add(new Fact("Agenda", InputTexts.Heading(programme, input.Position)));
        if (InputEntries.QuestionText(programme, input.Content.GuidingQuestion) is { } question)
        {
            facts.Add(new Fact("Guiding question", $"Q{input.Content.GuidingQuestion}. {question}"));
        }

        body.Add(new FactSet(facts));
        body.Add(new TextBlock("You can edit or withdraw it until the co-chairs close inputs on this item.") { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(InputVerbs.Edit) { Title = "Edit", Data = Data(link, InputVerbs.Edit, input.Id) },
                new ExecuteAction(InputVerbs.Withdraw) { Title = "Withdraw", Style = ActionStyle.Destructive, Data = Data(link, InputVerbs.Withdraw, input.Id) },
                ShareAnother(link),
            ],
            FallbackText = $"Input {input.Id} saved",
            Lang = programme.Language,
        };
    }

    public static AdaptiveCard Withdrawn(Input input, IReadOnlyDictionary<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(link);
        return new AdaptiveCard(
        [
            new TextBlock($"Input {input.Id} withdrawn") { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Unlinked(input.Content.Title)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock("It is no longer shown on the inputs cards or in the report.") { Spacing = Spacing.Small },
        ])
        {
            Actions = [ShareAnother(link)],
            FallbackText = $"Input {input.Id} withdrawn",
        };
    }

    private static ExecuteAction ShareAnother(IReadOnlyDictionary<string, string> link) =>
        new(InputVerbs.Form) { Title = "Share another input", Data = Data(link, InputVerbs.Form, null) };

    private static Dictionary<string, string> Data(IReadOnlyDictionary<string, string> link, string verb, InputId? input)
    {
        var data = new Dictionary<string, string>(link, StringComparer.Ordinal) { ["verb"] = verb };
        if (input is { } id)
        {
            data[InputVerbs.InputKey] = id.Value;
        }

        return data;
    }
}
