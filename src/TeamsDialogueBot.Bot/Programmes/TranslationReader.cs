using System.Globalization;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Programme;
using YamlDotNet.RepresentationModel;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Bot.Programmes;

/// <summary>
/// Reads the <c>translations</c> section against the programme it translates, as strictly as the rest
/// of the file: a translation naming an item, panel or question the programme lacks, or skipping a
/// point, would otherwise put the wrong text on a card without anyone noticing. Errors name the key
/// by its path, e.g. <c>translations.fr.items.III.points</c>.
/// </summary>
internal sealed class TranslationReader(string source, ProgrammeModel programme)
{
    private static readonly string[] LanguageKeys = ["title", "subtitle", "format", "venue", "panel_label", "items", "guiding_questions"];
    private static readonly string[] ItemKeys = ["title", "points", "panels", "standing_items"];
    private static readonly string[] PanelKeys = ["title", "follow_up"];
    private static readonly string[] StandingItemKeys = ["title"];

    public IReadOnlyDictionary<string, ProgrammeTranslation> Read(YamlNode node)
    {
        var own = UnLanguages.Normalise(programme.Language);
        var result = new Dictionary<string, ProgrammeTranslation>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in Entries(node, "translations"))
        {
            var path = "translations." + key;
            if (!UnLanguages.All.Contains(key, StringComparer.Ordinal))
            {
                var hint = UnLanguages.Normalise(key) is { } code ? $" (write '{code}')" : string.Empty;
                throw Error(keyNode, $"{path}: '{key}' is not one of the six UN languages{hint}; use {string.Join(", ", UnLanguages.All)}");
            }

            if (key == own)
            {
                throw Error(keyNode, $"{path}: '{key}' is the programme's own language (language: {programme.Language}); its texts are the ones outside 'translations'");
            }

            result.Add(key, ReadLanguage(value, path));
        }

        return result;
    }

    private ProgrammeTranslation ReadLanguage(YamlNode node, string what)
    {
        var map = Map(node, what, LanguageKeys);
        return new ProgrammeTranslation
        {
            Title = map.String("title"),
            Subtitle = ExistingOnly(map, what, "subtitle", programme.Subtitle, "the programme has no subtitle to translate"),
            Format = ExistingOnly(map, what, "format", programme.Format, "the programme has no format to translate"),
            Venue = ExistingOnly(map, what, "venue", programme.Venue, "the programme has no venue to translate"),
            PanelLabel = map.String("panel_label"),
            Items = map.Get("items") is { } items ? ReadItems(items, what + ".items") : new Dictionary<string, AgendaItemTranslation>(),
            GuidingQuestions = map.Get("guiding_questions") is { } questions
                ? Numbered(questions, what + ".guiding_questions", "guiding question", "in the programme", programme.GuidingQuestions.Count(), (value, _, path) => Text(value, path, "(its poll is not translated)"))
                : new Dictionary<int, string>(),
        };
    }

    private Dictionary<string, AgendaItemTranslation> ReadItems(YamlNode node, string what)
    {
        var result = new Dictionary<string, AgendaItemTranslation>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in Entries(node, what))
        {
            var item = programme.Items.FirstOrDefault(i => string.Equals(i.Number, key, StringComparison.Ordinal));
            if (item is null)
            {
                var near = programme.Items.FirstOrDefault(i => string.Equals(i.Number, key, StringComparison.OrdinalIgnoreCase));
                var hint = near is null ? string.Empty : $" (did you mean '{near.Number}'?)";
                throw Error(keyNode, $"{what}.{key}: there is no item '{key}'{hint}; the items are {string.Join(", ", programme.Items.Select(i => i.Number))}");
            }

            result.Add(key, ReadItem(value, item, $"{what}.{key}"));
        }

        return result;
    }

    private AgendaItemTranslation ReadItem(YamlNode node, AgendaItem item, string what)
    {
        var map = Map(node, what, ItemKeys);
        IReadOnlyList<string>? points = null;
        if (map.Get("points") is { } pointsNode)
        {
            points = map.Strings("points");
            if (points.Count != item.Points.Count)
            {
                throw Error(pointsNode, item.Points.Count == 0
                    ? $"{what}.points: item {item.Number} has no points to translate"
                    : $"{what}.points has {Count(points.Count, "entry", "entries")} but item {item.Number} has {Count(item.Points.Count, "point", "points")}; translate every point, in the same order");
            }
        }

        var where = $"in item {item.Number}";
        return new AgendaItemTranslation
        {
            Title = map.String("title"),
            Points = points,
            Panels = map.Get("panels") is { } panels
                ? Numbered(panels, what + ".panels", "panel", where, item.Panels.Count, (value, number, path) => ReadPanel(value, item.Panels[number - 1], path))
                : new Dictionary<int, PanelTranslation>(),
            StandingItems = map.Get("standing_items") is { } standing
                ? Numbered(standing, what + ".standing_items", "standing item", where, item.StandingItems.Count, (value, _, path) => ReadStandingItem(value, path))
                : new Dictionary<int, string>(),
        };
    }

    /// <summary>Just the title, or a mapping with <c>title</c> and/or <c>follow_up</c>.</summary>
    private PanelTranslation ReadPanel(YamlNode node, Panel panel, string what)
    {
        if (node is YamlScalarNode)
        {
            return new PanelTranslation(Text(node, what), null);
        }

        var map = Map(node, what, PanelKeys);
        return new PanelTranslation(
            map.String("title"),
            ExistingOnly(map, what, "follow_up", panel.FollowUp, "the panel has no follow_up to translate"));
    }

    /// <summary>Just the title, or a mapping with <c>title</c> (room for more keys later).</summary>
    private string ReadStandingItem(YamlNode node, string what) =>
        node is YamlScalarNode ? Text(node, what) : Map(node, what, StandingItemKeys).RequiredString("title");

    /// <summary>A mapping whose keys are 1-based numbers of things the programme has.</summary>
    private Dictionary<int, TValue> Numbered<TValue>(
        YamlNode node, string what, string thing, string where, int count, Func<YamlNode, int, string, TValue> read)
    {
        var result = new Dictionary<int, TValue>();
        var entries = Entries(node, what);
        if (count == 0)
        {
            throw Error(node, $"{what}: there are no {thing}s {where} to translate");
        }

        foreach (var (key, keyNode, value) in entries)
        {
            var path = $"{what}.{key}";
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > count)
            {
                throw Error(keyNode, $"{path}: there is no {thing} '{key}' {where}; there {(count == 1 ? "is" : "are")} {Count(count, thing, thing + "s")}, numbered from 1");
            }

            if (!result.TryAdd(number, read(value, number, path)))
            {
                throw Error(keyNode, $"{path}: {thing} {number} is translated twice");
            }
        }

        return result;
    }

    private string? ExistingOnly(YamlMap map, string what, string key, string? original, string problem)
    {
        var text = map.String(key);
        return text is not null && original is null ? throw Error(map.Get(key)!, $"{what}.{key}: {problem}") : text;
    }

    /// <summary>A mapping that has at least one entry: an empty value in a translation is always a slip.</summary>
    private YamlMap Map(YamlNode node, string what, IReadOnlyList<string> keys)
    {
        Entries(node, what);
        return new YamlMap(node, what, source, keys);
    }

    private List<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlNode node, string what) => node switch
    {
        YamlMappingNode { Children.Count: > 0 } mapping =>
            mapping.Children.Select(e => (((e.Key as YamlScalarNode)?.Value ?? string.Empty).Trim(), e.Key, e.Value)).ToList(),
        YamlMappingNode or YamlScalarNode { Value: null or "" } => throw Error(node, $"{what} must not be empty"),
        _ => throw Error(node, $"{what} must be a mapping of keys to values"),
    };

    private string Text(YamlNode node, string what, string? aside = null)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw Error(node, $"{what} must be text, not a list or mapping{(aside is null ? string.Empty : " " + aside)}");
        }

        var text = (scalar.Value ?? string.Empty).Trim();
        return text.Length == 0 ? throw Error(node, $"{what} must not be empty") : text;
    }

    private static string Count(int count, string one, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private ProgrammeException Error(YamlNode node, string problem) => YamlMap.Error(source, node, problem);
}
