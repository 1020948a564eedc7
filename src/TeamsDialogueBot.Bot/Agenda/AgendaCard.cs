using System.Globalization;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>
/// The agenda card: every item, done ones ticked, the current one highlighted with its points, panels
/// and guiding questions (long lists fold away behind Action.ToggleVisibility so the card stays short
/// in the chat). A pure function of the programme and the dialogue. The card is shared: it is written in the
/// dialogue's language, and shows the programme's translation into it where the programme has one.
/// </summary>
public static class AgendaCard
{
    public const string NextVerb = "agenda.next";
    public const string PreviousVerb = "agenda.prev";

    /// <summary>The position the card showed when its Next/Previous was pressed (see <see cref="PositionKey"/>).</summary>
    public const string FromField = "from";

    public static AdaptiveCard Render(Programme programme, AgendaPosition position, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;
        programme = programme.In(texts.Language);
        var current = Math.Clamp(position.ItemIndex, 0, programme.Items.Count - 1);
        var body = new List<CardElement>
        {
            new TextBlock(programme.Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(ScheduleLine(programme, texts)) { IsSubtle = true, Spacing = Spacing.Small },
        };
        if (!string.IsNullOrWhiteSpace(programme.Venue))
        {
            body.Add(new TextBlock(programme.Venue) { IsSubtle = true, Spacing = Spacing.None, Size = TextSize.Small });
        }

        for (var i = 0; i < programme.Items.Count; i++)
        {
            body.Add(i == current ? CurrentItem(programme, programme.Items[i], i, position.Panel, texts) : OtherItem(programme.Items[i], done: i < current));
        }

        return new AdaptiveCard(body)
        {
            Actions =
            [
                // "from": where the card stood, so a second press of the same card (a double click, two chairs) moves nothing.
                new ExecuteAction(PreviousVerb) { Title = texts["Agenda.PreviousItem"], Data = new Dictionary<string, string> { ["verb"] = PreviousVerb, [FromField] = PositionKey.Of(position) } },
                new ExecuteAction(NextVerb) { Title = texts["Agenda.NextItem"], Style = ActionStyle.Positive, Data = new Dictionary<string, string> { ["verb"] = NextVerb, [FromField] = PositionKey.Of(position) } },

                // For everyone: the private input form, as this person's own view of the card (an invoke response).
                new ExecuteAction(InputVerbs.Form) { Title = texts["Agenda.ShareInput"], Data = new Dictionary<string, string> { ["verb"] = InputVerbs.Form } },
            ],
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = texts.Format("Agenda.Fallback", programme.Contains(position) ? programme.Heading(position) : programme.Items[current].Heading),
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    /// <summary>"Monday, 15 July 2024 · 10:00–13:00 and 15:00–18:00 CEST · Hybrid format".</summary>
    public static string ScheduleLine(Programme programme, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;

        // English keeps the invariant calendar's names it always had; the others take their culture's day and month
        // names (Russian's genitive month included: «15 июля»). Times stay 24-hour, as the UN writes them in every language.
        var dateCulture = texts.Language == Domain.Languages.UnLanguages.English ? CultureInfo.InvariantCulture : texts.Culture;
        var parts = new List<string> { programme.Date.ToString(texts["Agenda.DateFormat"], dateCulture) };
        if (programme.Slots.Count > 0)
        {
            var slots = texts.JoinAnd([.. programme.Slots.Select(s =>
                $"{s.Start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{s.End.ToString("HH:mm", CultureInfo.InvariantCulture)}")]);
            parts.Add(programme.TimeZoneLabel is { Length: > 0 } label ? $"{slots} {label}" : slots);
        }

        if (!string.IsNullOrWhiteSpace(programme.Format))
        {
            parts.Add(programme.Format);
        }

        return string.Join(" · ", parts);
    }

    private static Container OtherItem(AgendaItem item, bool done) =>
        new([
            new ColumnSet([
                new Column([new TextBlock(done ? "✓" : "○") { IsSubtle = done, Color = done ? TextColor.Good : null }]) { Width = ColumnWidth.Pixels(20) },
                new Column([new TextBlock(item.Heading) { IsSubtle = done }]) { Width = ColumnWidth.Stretch },
            ]),
        ])
        { Spacing = Spacing.Small };

    private static Container CurrentItem(Programme programme, AgendaItem item, int index, int currentPanel, Texts texts)
    {
        var items = new List<CardElement>
        {
            new ColumnSet([
                new Column([new TextBlock("▶") { Color = TextColor.Accent, Weight = TextWeight.Bolder }]) { Width = ColumnWidth.Pixels(20) },
                new Column([
                    new TextBlock(item.Heading) { Weight = TextWeight.Bolder },
                    new TextBlock(texts["Agenda.Now"]) { Color = TextColor.Accent, Size = TextSize.Small, Spacing = Spacing.None },
                ]) { Width = ColumnWidth.Stretch },
            ]),
        };
        items.AddRange(item.Points.Select(p => new TextBlock("• " + p) { Spacing = Spacing.Small }));
        for (var p = 0; p < item.Panels.Count; p++)
        {
            // Panels are places of their own (III.1, III.2): the one in session is marked like the current item.
            var panel = item.Panels[p];
            var now = currentPanel == p + 1;
            var heading = programme.Heading(new AgendaPosition(index, p + 1));
            items.Add(new TextBlock((now ? "▶ " : "") + heading) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Color = now ? TextColor.Accent : null });
            if (panel.FollowUp is { Length: > 0 } followUp)
            {
                items.Add(new TextBlock(followUp) { IsSubtle = true, Spacing = Spacing.None });
            }
        }

        for (var s = 0; s < item.StandingItems.Count; s++)
        {
            items.AddRange(StandingItem(item.StandingItems[s], $"item{index}-standing{s}", texts));
        }

        return new Container(items) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Small, Bleed = false };
    }

    private static IEnumerable<CardElement> StandingItem(StandingItem standing, string id, Texts texts)
    {
        var questionsId = id + "-questions";
        yield return new TextBlock("❖ " + standing.Title) { Spacing = Spacing.Medium };
        yield return new ActionSet([
            new ToggleVisibilityAction([questionsId]) { Title = texts.Format("Agenda.GuidingQuestions", texts.Number(standing.GuidingQuestions.Count)) },
        ])
        { Spacing = Spacing.Small };
        yield return new Container(
            standing.GuidingQuestions
                .Select(q => (CardElement)new TextBlock(texts.Format("Agenda.Question", q.Number, q.Text)) { Spacing = Spacing.Small })
                .ToList())
        {
            Id = questionsId,
            IsVisible = false,
        };
    }
}
