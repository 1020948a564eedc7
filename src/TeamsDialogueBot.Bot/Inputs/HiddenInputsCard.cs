using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
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
    // Hidden inputs are few; beyond this many, or once the card would pass the byte budget (escaped text can weigh
    // several bytes a character), the rest are named by id, to stay below Teams' message limit.
    private const int Shown = 25;
    private const int Budget = 24_000;
    private const int NamedById = 200;
    private const int DescriptionLength = 200;

    public static AdaptiveCard Render(Programme programme, IReadOnlyList<Input> hidden, IReadOnlyDictionary<string, string> link, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(link);
        var body = new List<CardElement>
        {
            new TextBlock(texts["Inputs.HiddenTitle"]) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(texts["Inputs.HiddenIntro"]) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (hidden.Count == 0)
        {
            body.Add(new TextBlock(texts["Inputs.NoneHidden"]));
        }

        var shown = 0;
        var size = CardJson.Utf8Size(new AdaptiveCard(body));
        foreach (var input in hidden.Take(Shown))
        {
            var by = input.HiddenBy is { } audit
                ? texts.Format("Inputs.HiddenBy", CardText.Plain(audit.ActorName), audit.At.ToString("d MMM HH:mm", texts.Culture))
                : texts["Inputs.HiddenPlain"];
            var entry = new Container(
            [
                new TextBlock($"{input.Id} · {CardText.Unlinked(input.Content.Title)}") { Weight = TextWeight.Bolder },
                new TextBlock($"{Author(input, texts)} · {InputTexts.Heading(programme, input.Position, texts)} · {by}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
                new TextBlock(InputTexts.Multiline(CardText.Truncate(input.Content.Description, DescriptionLength))) { Spacing = Spacing.Small },
                new ActionSet([new ExecuteAction(InputVerbs.Show) { Title = texts.Format("Inputs.ShowAgain", input.Id), Data = new Dictionary<string, string>(link, StringComparer.Ordinal) { ["verb"] = InputVerbs.Show, [InputVerbs.InputKey] = input.Id.Value } }]),
            ])
            { Separator = true, Spacing = Spacing.Medium };
            size += CardJson.Utf8Size(new AdaptiveCard([entry]));
            if (size > Budget)
            {
                break;
            }

            body.Add(entry);
            shown++;
        }

        if (hidden.Count > shown)
        {
            var rest = hidden.Skip(shown).Take(NamedById).Select(i => i.Id.Value);
            var more = hidden.Count - shown > NamedById ? ", …" : "";
            body.Add(new TextBlock(texts.Format("Inputs.AlsoHidden", string.Join(", ", rest) + more)) { IsSubtle = true });
        }

        return new AdaptiveCard(body) { FallbackText = texts["Inputs.HiddenTitle"], Lang = texts.Language, Rtl = texts.IsRightToLeft ? true : null };
    }

    // Attributed as its author chose, for co-chairs too: an anonymous input names nobody, anywhere.
    private static string Author(Input input, Texts texts) =>
        InputEntries.Of(input).Attribution is { } shown ? CardText.Unlinked(shown) : texts["Inputs.Anonymous"];
}
