using System.Globalization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// A co-chair's private view of the hidden inputs (`inputs hidden`): each as attributed, who hid it and when, and a
/// "Show again" button. Sent to the co-chair's 1:1 chat, never to the meeting. A pure function.
/// </summary>
public static class HiddenInputsCard
{
    // Hidden inputs are few; beyond this many the rest are named by id, to stay far below Teams' message limit.
    private const int Shown = 25;
    private const int DescriptionLength = 200;

    public static AdaptiveCard Render(Programme programme, IReadOnlyList<Input> hidden, IReadOnlyDictionary<string, string> link)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(link);
        var body = new List<CardElement>
        {
            new TextBlock("Hidden inputs") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock("Only you see this. Hidden inputs are left out of the inputs cards and the report.") { IsSubtle = true, Spacing = Spacing.None },
        };
        if (hidden.Count == 0)
        {
            body.Add(new TextBlock("No input is hidden."));
        }

        foreach (var input in hidden.Take(Shown))
        {
            var by = input.HiddenBy is { } audit
                ? $"hidden by {CardText.Plain(audit.ActorName)}, {audit.At.ToString("d MMM HH:mm", CultureInfo.InvariantCulture)} UTC"
                : "hidden";
            body.Add(new Container(
            [
                new TextBlock($"{input.Id} · {CardText.Unlinked(input.Content.Title)}") { Weight = TextWeight.Bolder },
                new TextBlock($"{Author(input)} · {InputTexts.Heading(programme, input.Position)} · {by}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new TextBlock(InputTexts.Multiline(CardText.Truncate(input.Content.Description, DescriptionLength))) { Spacing = Spacing.Small },
                new ActionSet([new ExecuteAction(InputVerbs.Show) { Title = $"Show {input.Id} again", Data = new Dictionary<string, string>(link, StringComparer.Ordinal) { ["verb"] = InputVerbs.Show, [InputVerbs.InputKey] = input.Id.Value } }]),
            ])
            { Separator = true, Spacing = Spacing.Medium });
        }

        if (hidden.Count > Shown)
        {
            body.Add(new TextBlock("Also hidden: " + string.Join(", ", hidden.Skip(Shown).Select(i => i.Id.Value)) + ". `inputs show <id>` shows one again.") { IsSubtle = true });
        }

        return new AdaptiveCard(body) { FallbackText = "Hidden inputs", Lang = programme.Language };
    }

    // Attributed as its author chose, for co-chairs too: an anonymous input names nobody, anywhere.
    private static string Author(Input input) =>
        InputEntries.Of(input).Attribution is { } shown ? CardText.Unlinked(shown) : "Anonymous";
}
