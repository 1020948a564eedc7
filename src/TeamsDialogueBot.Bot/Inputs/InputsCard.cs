using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// `inputs`: every visible input (and open-text poll answer) grouped by guiding question, split into pages that each
/// stay under <see cref="MaxBytes"/> (Teams refuses messages above roughly 28 KB). User text is shown as text: no
/// Markdown, no mention, no clickable link. Pure functions: the same inputs always give the same pages.
/// </summary>
public static class InputsCard
{
    /// <summary>The most a page may weigh, as CardJson.Utf8Size counts it: a margin under 28 KB for the activity around it.</summary>
    public const int MaxBytes = 26_000;

    // What the heading, the count line and the footer may weigh at most (generous: their texts are short).
    private const int FrameBudget = 2_000;
    private static readonly int EmptyCard = CardJson.Utf8Size(new AdaptiveCard([]));

    /// <param name="scope">What the listing covers ("All agenda items", "III. Spotlight…", "Guiding question Q4").</param>
    /// <param name="command">The command that lists it ("inputs III"), for the next-page hint.</param>
    /// <param name="texts">The chat's language: the pages are shared cards.</param>
    public static IReadOnlyList<AdaptiveCard> Pages(Programme programme, IReadOnlyList<InputEntry> entries, string scope, string command, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(entries);
        texts ??= Texts.English;
        programme = programme.In(texts.Language);
        var units = entries.Select(e => (Entry: e, Element: Unit(programme, e, texts))).Select(u => (u.Entry, u.Element, Size: SizeOf(u.Element))).ToList();
        var pages = new List<List<CardElement>>();
        var page = new List<CardElement>();
        var used = 0;
        int? lastGroup = null;
        var groupOpen = false;
        foreach (var (entry, element, size) in units)
        {
            var continues = groupOpen && entry.GuidingQuestion == lastGroup;
            var heading = continues ? null : Heading(programme, entry.GuidingQuestion, continued: false, texts);
            var need = size + (heading is null ? 0 : SizeOf(heading));
            if (page.Count > 0 && used + need > MaxBytes - EmptyCard - FrameBudget)
            {
                // A new page always opens with its group's heading, marked when the group began on the page before.
                pages.Add(page);
                page = [];
                used = 0;
                heading = Heading(programme, entry.GuidingQuestion, continued: continues, texts);
                need = size + SizeOf(heading);
            }

            if (heading is not null)
            {
                page.Add(heading);
            }

            page.Add(element);
            used += need;
            lastGroup = entry.GuidingQuestion;
            groupOpen = true;
        }

        if (page.Count > 0 || pages.Count == 0)
        {
            pages.Add(page);
        }

        var total = entries.Sum(e => e.Count);
        return [.. pages.Select((content, i) => Render(content, scope, command, total, i + 1, pages.Count, texts))];
    }

    private static AdaptiveCard Render(List<CardElement> content, string scope, string command, int total, int number, int count, Texts texts)
    {
        var paging = count > 1 ? texts.Format("Inputs.Paging", texts.Number(number), texts.Number(count)) : "";
        var body = new List<CardElement>
        {
            new TextBlock(texts["Inputs.Title"]) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock($"{scope} · {InputTexts.Count(total, texts)}{paging}") { IsSubtle = true, Spacing = Spacing.None },
        };
        if (total == 0)
        {
            body.Add(new TextBlock(texts["Inputs.None"]) { Spacing = Spacing.Medium });
        }

        body.AddRange(content);
        if (number < count)
        {
            body.Add(new TextBlock(texts.Format("Inputs.NextPage", texts.Number(number), texts.Number(count), command, (number + 1).ToString(CultureInfo.InvariantCulture))) { IsSubtle = true, Separator = true });
        }

        return new AdaptiveCard(body)
        {
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = texts.Format("Inputs.Fallback", InputTexts.Count(total, texts), paging),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    private static TextBlock Heading(Programme programme, int? question, bool continued, Texts texts)
    {
        var text = question is { } n && InputEntries.QuestionText(programme, n) is { } q
            ? texts.Format("Inputs.Question", n, q)
            : texts["Inputs.NotOnQuestion"];
        return new TextBlock(continued ? texts.Format("Inputs.Continued", text) : text) { Weight = TextWeight.Bolder, Color = TextColor.Accent, Separator = true, Spacing = Spacing.Large };
    }

    private static Container Unit(Programme programme, InputEntry entry, Texts texts)
    {
        if (entry.Source == InputSource.PollAnswer)
        {
            var times = entry.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (×{entry.Count})") : "";
            return new Container(
            [
                new TextBlock($"• {CardText.Unlinked(entry.Description)}{times}"),
                new TextBlock(texts.Format("Inputs.AnonymousPollAnswer", entry.Id)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            ])
            { Spacing = Spacing.Small };
        }

        var items = new List<CardElement>
        {
            new TextBlock(CardText.Unlinked(entry.Title)) { Weight = TextWeight.Bolder },
            new TextBlock($"{(entry.Attribution is { } shown ? CardText.Unlinked(shown) : texts["Inputs.Anonymous"])} · {Where(programme, entry)}{entry.Id}") { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None },
            new TextBlock(InputTexts.Multiline(entry.Description)) { Spacing = Spacing.Small },
        };
        if (entry.Link is { } link)
        {
            items.Add(new TextBlock(texts.Format("Inputs.Link", CardText.Unlinked(link))) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }

        return new Container(items) { Spacing = Spacing.Medium };
    }

    // "III.2 · ": where the input belongs, as chairs name it (the listing may span items).
    private static string Where(Programme programme, InputEntry entry) =>
        entry.ItemIndex is { } item && programme.Contains(new AgendaPosition(item, entry.Panel))
            ? programme.Reference(new AgendaPosition(item, entry.Panel)) + " · "
            : "";

    // What an element adds to a card: its JSON and the comma before it.
    private static int SizeOf(CardElement element) => CardJson.Utf8Size(new AdaptiveCard([element])) - EmptyCard + 1;
}
