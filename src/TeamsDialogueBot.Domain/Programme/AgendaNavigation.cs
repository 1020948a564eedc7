using System.Globalization;
using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Domain.Programme;

/// <summary>Positions, references ("III.2") and headings of a programme's items and panels.</summary>
internal static class AgendaNavigation
{
    private const string PanelWord = "panel";

    public static IReadOnlyList<AgendaPosition> Positions(IReadOnlyList<AgendaItem> items)
    {
        var positions = new List<AgendaPosition>(items.Count + items.Sum(i => i.Panels.Count));
        for (var i = 0; i < items.Count; i++)
        {
            for (var panel = 0; panel <= items[i].Panels.Count; panel++)
            {
                positions.Add(new AgendaPosition(i, panel));
            }
        }

        return positions;
    }

    public static bool Contains(Programme programme, AgendaPosition position) =>
        position.ItemIndex >= 0 && position.ItemIndex < programme.Items.Count
        && position.Panel >= 0 && position.Panel <= programme.Items[position.ItemIndex].Panels.Count;

    public static AgendaPosition? Find(Programme programme, string reference, AgendaPosition? current)
    {
        var key = reference.Trim().TrimEnd('.').TrimEnd();
        if (key.Length == 0)
        {
            return null;
        }

        // A printed number wins over the "item.panel" reading: some programmes number items "2.1".
        if (ItemByNumber(programme, key) is { } exact)
        {
            return AgendaPosition.Item(exact);
        }

        if (PanelNumberAfterWord(programme, key) is { } wordPanel)
        {
            return PanelOfCurrentOrOnlyItem(programme, wordPanel, current);
        }

        var dot = key.LastIndexOf('.');
        if (dot > 0 && Number(key[(dot + 1)..]) is { } panel)
        {
            var left = key[..dot];
            var item = ItemByNumber(programme, left) ?? ItemByPosition(programme, left);
            return item is { } i && panel >= 1 && panel <= programme.Items[i].Panels.Count ? new AgendaPosition(i, panel) : null;
        }

        if (programme.FindItem(key) is { } index)
        {
            return AgendaPosition.Item(index);
        }

        // Item titles first (above), then panel titles: "goto protection" finds panel III.2.
        for (var i = 0; i < programme.Items.Count; i++)
        {
            var panels = programme.Items[i].Panels;
            for (var p = 0; p < panels.Count; p++)
            {
                if (panels[p].Title.Contains(key, StringComparison.OrdinalIgnoreCase))
                {
                    return new AgendaPosition(i, p + 1);
                }
            }
        }

        return null;
    }

    public static string Reference(Programme programme, AgendaPosition position)
    {
        var item = programme.Items[position.ItemIndex];
        return position.IsPanel ? $"{item.Number}.{position.Panel.ToString(CultureInfo.InvariantCulture)}" : item.Number;
    }

    public static string Heading(Programme programme, AgendaPosition position)
    {
        var item = programme.Items[position.ItemIndex];
        if (!position.IsPanel)
        {
            return item.Heading;
        }

        var number = position.Panel.ToString(CultureInfo.InvariantCulture);
        var panel = item.Panels[position.Panel - 1];
        return $"{item.Number}.{number} {programme.PanelLabel} {number}{Colon(programme.Language)}{panel.Title}";
    }

    // The heading is read in the programme's language: French sets a no-break space before the colon,
    // Chinese uses the full-width colon.
    private static string Colon(string language) => UnLanguages.Normalise(language) switch
    {
        UnLanguages.French => "\u00A0: ",
        UnLanguages.Chinese => "：",
        _ => ": ",
    };

    private static int? ItemByNumber(Programme programme, string key)
    {
        for (var i = 0; i < programme.Items.Count; i++)
        {
            if (string.Equals(programme.Items[i].Number, key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    private static int? ItemByPosition(Programme programme, string key) =>
        Number(key) is { } position && position >= 1 && position <= programme.Items.Count ? position - 1 : null;

    /// <summary>"panel 2", "Panel2" or the programme's own label ("Réunion-débat 2" in French).</summary>
    private static int? PanelNumberAfterWord(Programme programme, string key)
    {
        foreach (var word in new[] { PanelWord, programme.PanelLabel })
        {
            if (!string.IsNullOrWhiteSpace(word) && key.StartsWith(word, StringComparison.OrdinalIgnoreCase) && Number(key[word.Length..].TrimStart()) is { } number)
            {
                return number;
            }
        }

        return null;
    }

    /// <summary>
    /// "panel 2" means a panel of the current item when it has panels; otherwise of the only item
    /// that has any. With several such items and the current one not among them it is ambiguous: null.
    /// </summary>
    private static AgendaPosition? PanelOfCurrentOrOnlyItem(Programme programme, int panel, AgendaPosition? current)
    {
        int? item = current is { } c && c.ItemIndex >= 0 && c.ItemIndex < programme.Items.Count && programme.Items[c.ItemIndex].Panels.Count > 0
            ? c.ItemIndex
            : null;
        if (item is null)
        {
            var withPanels = Enumerable.Range(0, programme.Items.Count).Where(i => programme.Items[i].Panels.Count > 0).ToList();
            item = withPanels.Count == 1 ? withPanels[0] : null;
        }

        return item is { } i && panel >= 1 && panel <= programme.Items[i].Panels.Count ? new AgendaPosition(i, panel) : null;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
