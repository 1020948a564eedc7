using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The tally part of poll cards: Teams' bar chart with text bars as its fallback, rating summaries,
/// Borda places and grouped open-text answers. Never names a voter, for any poll.
/// </summary>
internal static class PollTallyBlocks
{
    private const int BarWidth = 10;
    private const int ChartLabelLength = 40;

    public static IEnumerable<CardElement> Render(TallyView tally, int maxTextGroups, int textBudget, Texts texts)
    {
        yield return new TextBlock(Respondents(tally.Respondents, texts)) { IsSubtle = true, Spacing = Spacing.Medium, Separator = true };
        if (tally.IsHidden)
        {
            yield return new TextBlock(texts["Tally.Hidden"]) { IsSubtle = true, Spacing = Spacing.None };
            yield break;
        }

        var results = tally.Results;
        switch (tally.Kind)
        {
            case PollKind.SingleChoice or PollKind.MultipleChoice:
                yield return Bars(results.Options.Select(o => (o.Label, o.Count, o.Percentage)).ToList());
                break;
            case PollKind.Rating when results.Rating is { } rating:
                yield return Bars(rating.Distribution.Select(d => (RatingLabel(rating.Scale, d.Value), d.Count, d.Percentage)).ToList());
                if (rating.Average is { } average)
                {
                    yield return new TextBlock(texts.Format("Tally.Average", average.ToString("0.0", texts.Culture), texts.Number(rating.Scale.Max))) { Spacing = Spacing.Small };
                }

                break;
            case PollKind.Ranking:
                yield return new Container(results.Ranking
                    .Select(p => (CardElement)new TextBlock(texts.Format(
                        "Tally.RankingLine", texts.Number(p.Place), CardText.Plain(p.Label), texts.Number(p.Points), texts.Number(p.FirstPlaces)))
                    { Spacing = Spacing.None })
                    .ToList());
                break;
            case PollKind.OpenText:
                yield return TextAnswers(results.Texts, maxTextGroups, textBudget, texts);
                break;
        }
    }

    public static string Respondents(int count, Texts texts) => texts.Plural("Tally.Respondents", count);

    /// <summary>"████░░░░░░ 40% (12) Option A": what clients without Teams' charts show.</summary>
    public static string TextBar(string label, int count, double percentage)
    {
        var filled = (int)Math.Round(percentage / 100 * BarWidth, MidpointRounding.AwayFromZero);
        filled = Math.Clamp(filled, 0, BarWidth);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{new string('█', filled)}{new string('░', BarWidth - filled)} {percentage:0}% ({count}) {CardText.Plain(label)}");
    }

    private static ChartHorizontalBar Bars(List<(string Label, int Count, double Percentage)> rows)
    {
        var fallback = new Container(rows
            .Select(r => (CardElement)new TextBlock(TextBar(r.Label, r.Count, r.Percentage)) { Spacing = Spacing.None })
            .ToList());
        // Chart labels are drawn as plain text, not Markdown: escaping them would show the backslashes.
        return new ChartHorizontalBar(rows
            .Select(r => new HorizontalBarDataPoint(
                string.Create(CultureInfo.InvariantCulture, $"{CardText.Truncate(r.Label, ChartLabelLength)} ({r.Percentage:0}%)"),
                r.Count))
            .ToList())
        {
            Color = "categoricalBlue",
            DisplayMode = ChartDisplayMode.AbsoluteWithAxis,
            Fallback = fallback,
        };
    }

    private static string RatingLabel(RatingScale scale, int value)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        return value == scale.Min && scale.LowLabel is { } low ? $"{number} {low}"
            : value == scale.Max && scale.HighLabel is { } high ? $"{number} {high}"
            : number;
    }

    // Grouped answers, most frequent first, until the group or size budget is spent: the card must
    // stay far below Teams' message limit; the report keeps every answer.
    private static Container TextAnswers(IReadOnlyList<TextGroup> groups, int maxGroups, int budget, Texts texts)
    {
        var items = new List<CardElement>();
        var used = 0;
        foreach (var group in groups)
        {
            var text = CardText.Plain(CardText.Truncate(group.Text, PollLimits.MaxTextAnswerLength));
            if (items.Count >= maxGroups || used + text.Length > budget)
            {
                break;
            }

            used += text.Length;
            var times = group.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (×{group.Count})") : "";
            items.Add(new TextBlock($"• {text}{times}") { Spacing = Spacing.Small });
        }

        if (items.Count < groups.Count)
        {
            items.Add(new TextBlock(texts.Plural("Tally.MoreInReport", groups.Count - items.Count)) { IsSubtle = true, Spacing = Spacing.Small });
        }

        if (groups.Count == 0)
        {
            items.Add(new TextBlock(texts["Tally.NoAnswers"]) { IsSubtle = true, Spacing = Spacing.Small });
        }

        return new Container(items);
    }
}
