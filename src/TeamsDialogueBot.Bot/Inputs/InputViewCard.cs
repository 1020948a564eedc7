using TeamsDialogueBot.Bot.Localization;
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
    public static AdaptiveCard Saved(Programme programme, Input input, IReadOnlyDictionary<string, string> link, bool edited, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;
        programme = programme.In(texts.Language);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(link);
        var entry = InputEntries.Of(input);
        var body = new List<CardElement>
        {
            new TextBlock(texts.Format(edited ? "InputView.Updated" : "InputView.Saved", input.Id)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Good },
            new TextBlock(CardText.Unlinked(entry.Title)) { Weight = TextWeight.Bolder },
            new TextBlock(InputTexts.Multiline(entry.Description)) { Spacing = Spacing.Small },
        };
        var facts = new List<Fact>();
        if (entry.Link is { } url)
        {
            facts.Add(new Fact(texts["InputView.Link"], CardText.Unlinked(url)));
        }

        facts.Add(new Fact(texts["InputView.ShownAs"], entry.Attribution is { } shown ? CardText.Unlinked(shown) : texts["Inputs.Anonymous"]));
        facts.Add(new Fact(texts["InputView.Agenda"], InputTexts.Heading(programme, input.Position, texts)));
        if (InputEntries.QuestionText(programme, input.Content.GuidingQuestion) is { } question)
        {
            facts.Add(new Fact(texts["InputView.GuidingQuestion"], texts.Format("Inputs.Question", input.Content.GuidingQuestion, question)));
        }

        body.Add(new FactSet(facts));
        body.Add(new TextBlock(texts["InputView.CanEdit"]) { IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(InputVerbs.Edit) { Title = texts["InputView.Edit"], Data = Data(link, InputVerbs.Edit, input.Id) },
                new ExecuteAction(InputVerbs.Withdraw) { Title = texts["InputView.Withdraw"], Style = ActionStyle.Destructive, Data = Data(link, InputVerbs.Withdraw, input.Id) },
                ShareAnother(link, texts),
            ],
            FallbackText = texts.Format("InputView.SavedFallback", input.Id),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    public static AdaptiveCard Withdrawn(Input input, IReadOnlyDictionary<string, string> link, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(link);
        texts ??= Texts.English;
        return new AdaptiveCard(
        [
            new TextBlock(texts.Format("InputView.Withdrawn", input.Id)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(CardText.Unlinked(input.Content.Title)) { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(texts["InputView.NoLongerShown"]) { Spacing = Spacing.Small },
        ])
        {
            Actions = [ShareAnother(link, texts)],
            FallbackText = texts.Format("InputView.Withdrawn", input.Id),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    private static ExecuteAction ShareAnother(IReadOnlyDictionary<string, string> link, Texts texts) =>
        new(InputVerbs.Form) { Title = texts["InputView.ShareAnother"], Data = Data(link, InputVerbs.Form, null) };

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
