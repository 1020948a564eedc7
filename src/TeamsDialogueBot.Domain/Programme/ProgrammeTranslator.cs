namespace TeamsDialogueBot.Domain.Programme;

/// <summary>
/// Lays a <see cref="ProgrammeTranslation"/> over a programme. Every text without a usable translation
/// keeps the programme's own, so a card never shows an empty line where a translator left a gap.
/// </summary>
internal static class ProgrammeTranslator
{
    public static Programme Apply(Programme original, string language, ProgrammeTranslation translation) =>
        original with
        {
            Language = language,
            Title = Pick(translation.Title, original.Title),
            Subtitle = PickOptional(translation.Subtitle, original.Subtitle),
            Format = PickOptional(translation.Format, original.Format),
            Venue = PickOptional(translation.Venue, original.Venue),
            PanelLabel = Pick(translation.PanelLabel, original.PanelLabel),
            Items = original.Items
                .Select(item => Item(item, translation.Items.GetValueOrDefault(item.Number), translation.GuidingQuestions))
                .ToList(),
        };

    private static AgendaItem Item(AgendaItem item, AgendaItemTranslation? translation, IReadOnlyDictionary<int, string> questions) =>
        item with
        {
            Title = Pick(translation?.Title, item.Title),
            Points = item.Points.Select((point, i) => Pick(ElementOrNull(translation?.Points, i), point)).ToList(),
            Panels = item.Panels
                .Select((panel, i) => Panel(panel, translation?.Panels.GetValueOrDefault(i + 1)))
                .ToList(),
            StandingItems = item.StandingItems
                .Select((standing, i) => new StandingItem(
                    Pick(translation?.StandingItems.GetValueOrDefault(i + 1), standing.Title),
                    standing.GuidingQuestions.Select(q => q with { Text = Pick(questions.GetValueOrDefault(q.Number), q.Text) }).ToList()))
                .ToList(),
        };

    private static Panel Panel(Panel panel, PanelTranslation? translation) =>
        translation is null
            ? panel
            : panel with { Title = Pick(translation.Title, panel.Title), FollowUp = PickOptional(translation.FollowUp, panel.FollowUp) };

    private static string? ElementOrNull(IReadOnlyList<string>? list, int index) =>
        list is not null && index < list.Count ? list[index] : null;

    private static string Pick(string? translated, string original) =>
        string.IsNullOrWhiteSpace(translated) ? original : translated;

    // A translation can't conjure a text the programme doesn't have (the loader refuses one).
    private static string? PickOptional(string? translated, string? original) =>
        original is null ? null : Pick(translated, original);
}
