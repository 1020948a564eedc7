using System.Collections.ObjectModel;
using TeamsDialogueBot.Domain.Languages;

namespace TeamsDialogueBot.Domain.Programme;

/// <summary>
/// The dialogue's programme: what the agenda card shows and what chairs move through.
/// Loaded from YAML by the Bot layer; the seed event is the built-in default.
/// </summary>
public sealed record Programme
{
    // Set on the copies In() returns, so that In() on a translation starts again from the
    // programme's own texts instead of falling back to the translation's.
    private Programme? untranslated;

    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>IANA time zone id of the venue, e.g. "Europe/Vienna".</summary>
    public required string TimeZone { get; init; }

    /// <summary>Label shown next to the slots, e.g. "CEST".</summary>
    public string? TimeZoneLabel { get; init; }
    public IReadOnlyList<TimeSlot> Slots { get; init; } = [];
    public string? Venue { get; init; }
    public string? Format { get; init; }

    /// <summary>BCP 47 language of the programme's texts; decides right-to-left layouts.</summary>
    public string Language { get; init; } = "en";

    /// <summary>What the programme calls its panels in panel headings ("III.2 Panel 2: …").</summary>
    public string PanelLabel { get; init; } = "Panel";

    /// <summary>Speaking time per intervention unless an item says otherwise.</summary>
    public TimeSpan DefaultSpeakingTime { get; init; } = TimeSpan.FromMinutes(3);
    public required IReadOnlyList<AgendaItem> Items { get; init; }

    /// <summary>The programme's texts in other UN languages, by code (see <see cref="UnLanguages"/>).</summary>
    public IReadOnlyDictionary<string, ProgrammeTranslation> Translations { get; init; } =
        ReadOnlyDictionary<string, ProgrammeTranslation>.Empty;

    /// <summary>
    /// The languages the programme can be shown in: its own first (as a UN code when it is one),
    /// then those it has translations for, in the UN's order.
    /// </summary>
    public IReadOnlyList<string> Languages
    {
        get
        {
            var original = untranslated ?? this;
            var own = UnLanguages.Normalise(original.Language) ?? original.Language;
            return [own, .. UnLanguages.All.Where(code => code != own && original.Translations.ContainsKey(code))];
        }
    }

    /// <summary>Every guiding question in programme order; <see cref="GuidingQuestion.Number"/> is its 1-based position.</summary>
    public IEnumerable<GuidingQuestion> GuidingQuestions =>
        Items.SelectMany(i => i.StandingItems).SelectMany(s => s.GuidingQuestions);

    /// <summary>
    /// Where chairs can be, in the order next/prev walk them: each item, then its panels
    /// (I → II → III → III.1 → III.2 → IV → V in the seed).
    /// </summary>
    public IReadOnlyList<AgendaPosition> Positions => AgendaNavigation.Positions(Items);

    /// <summary>
    /// The programme in a UN language (any tag <see cref="UnLanguages.Normalise"/> accepts): same
    /// structure, numbers, guiding question numbers and poll templates, texts translated where the
    /// file translates them and the programme's own elsewhere. A language without a translation
    /// (or not a UN one) gives the programme in its own language; <see cref="Language"/> says which.
    /// </summary>
    public Programme In(string? language)
    {
        var original = untranslated ?? this;
        var code = UnLanguages.Normalise(language);
        if (code is null || !original.Translations.TryGetValue(code, out var translation))
        {
            return original;
        }

        return ProgrammeTranslator.Apply(original, code, translation) with { untranslated = original };
    }

    public GuidingQuestion? FindGuidingQuestion(int number) =>
        GuidingQuestions.FirstOrDefault(q => q.Number == number);

    /// <summary>
    /// Finds an item the way a chair names it: its roman number ("III"), its position ("3"),
    /// or a word of its title ("closing"). Returns the 0-based index, or null.
    /// </summary>
    public int? FindItem(string reference)
    {
        var key = reference.Trim().TrimEnd('.');
        if (key.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (string.Equals(Items[i].Number, key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        if (int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position))
        {
            return position >= 1 && position <= Items.Count ? position - 1 : null;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (Items[i].Title.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Finds an item or a panel the way a chair names it: whatever <see cref="FindItem"/> accepts,
    /// "III.2" or "3.2" (item, dot, panel number), "panel 2" (a panel of the current item if it has
    /// panels, else of the only item that has any; null when that is ambiguous), or a word of a panel's
    /// title when no item title has it. Null when nothing matches.
    /// </summary>
    public AgendaPosition? FindPosition(string reference, AgendaPosition? current = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return AgendaNavigation.Find(this, reference, current);
    }

    /// <summary>The position after <paramref name="position"/> in <see cref="Positions"/>; null at the last one.</summary>
    public AgendaPosition? Next(AgendaPosition position)
    {
        var (item, panel) = Checked(position);
        if (panel < Items[item].Panels.Count)
        {
            return new AgendaPosition(item, panel + 1);
        }

        return item + 1 < Items.Count ? AgendaPosition.Item(item + 1) : null;
    }

    /// <summary>The position before <paramref name="position"/> in <see cref="Positions"/>; null at the first one.</summary>
    public AgendaPosition? Previous(AgendaPosition position)
    {
        var (item, panel) = Checked(position);
        if (panel > 0)
        {
            return new AgendaPosition(item, panel - 1);
        }

        return item > 0 ? new AgendaPosition(item - 1, Items[item - 1].Panels.Count) : null;
    }

    /// <summary>True when the position exists here (a stored position may outlive an edited programme file).</summary>
    public bool Contains(AgendaPosition position) => AgendaNavigation.Contains(this, position);

    /// <summary>How a chair names the position: "III" or "III.2".</summary>
    public string Reference(AgendaPosition position) => AgendaNavigation.Reference(this, Checked(position));

    /// <summary>"III. Spotlight on …" for an item, "III.2 Panel 2: Protection and …" for a panel.</summary>
    public string Heading(AgendaPosition position) => AgendaNavigation.Heading(this, Checked(position));

    /// <summary>The panel at the position, or null when the position is the item itself.</summary>
    public Panel? PanelAt(AgendaPosition position) =>
        Checked(position).IsPanel ? Items[position.ItemIndex].Panels[position.Panel - 1] : null;

    private AgendaPosition Checked(AgendaPosition position) =>
        Contains(position)
            ? position
            : throw new ArgumentOutOfRangeException(nameof(position), position, "The programme has no such item or panel.");
}
