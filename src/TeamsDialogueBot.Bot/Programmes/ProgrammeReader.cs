using TeamsDialogueBot.Domain.Programme;
using YamlDotNet.RepresentationModel;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Bot.Programmes;

/// <summary>Turns the YAML tree of one programme file into the domain model, validating as it goes.</summary>
internal sealed class ProgrammeReader(string source)
{
    private static readonly string[] RootKeys =
        [
            "title", "subtitle", "date", "time_zone", "time_zone_label", "slots", "format", "venue", "language", "speaking_time",
            "panel_label", "items", "translations",
        ];

    private static readonly string[] ItemKeys = ["number", "title", "kind", "speaking_time", "points", "panels", "standing_items"];
    private static readonly string[] PanelKeys = ["title", "follow_up", "moderator", "panellists"];
    private static readonly string[] MemberKeys = ["name", "organisation"];
    private static readonly string[] StandingItemKeys = ["title", "guiding_questions"];
    private static readonly string[] QuestionKeys = ["text", "poll"];
    private static readonly string[] PollKeys = ["kind", "options"];

    private int questionCount;

    public ProgrammeModel Read(YamlNode root)
    {
        var map = new YamlMap(root, "the programme", source, RootKeys);
        var title = map.RequiredString("title");
        var dateText = map.RequiredString("date");
        var date = ProgrammeValues.Date(dateText) ?? throw Bad(map, "date", $"date '{dateText}' is not a date in the form yyyy-MM-dd");
        var timeZone = map.RequiredString("time_zone");
        if (!ProgrammeValues.IsIanaTimeZone(timeZone))
        {
            throw Bad(map, "time_zone", $"time_zone '{timeZone}' is not a known IANA time zone id (e.g. Europe/Vienna)");
        }

        var language = map.String("language") ?? "en";
        if (!ProgrammeValues.IsKnownLanguage(language))
        {
            throw Bad(map, "language", $"language '{language}' is not a known BCP 47 language tag (e.g. en, fr, ar)");
        }

        var itemNodes = map.RequiredSequence("items");
        if (itemNodes.Children.Count == 0)
        {
            throw YamlMap.Error(source, itemNodes, "'items' must list at least one agenda item");
        }

        var items = new List<AgendaItem>(itemNodes.Children.Count);
        var numbers = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var itemNode in itemNodes.Children)
        {
            var item = ReadItem(itemNode);
            if (numbers.TryGetValue(item.Number, out var first))
            {
                throw YamlMap.Error(source, itemNode, $"item number '{item.Number}' is used twice (first at line {first.Start.Line})");
            }

            numbers.Add(item.Number, itemNode);
            items.Add(item);
        }

        var programme = new ProgrammeModel
        {
            Title = title,
            Subtitle = map.String("subtitle"),
            Date = date,
            TimeZone = timeZone,
            TimeZoneLabel = map.String("time_zone_label"),
            Slots = ReadSlots(map),
            Format = map.String("format"),
            Venue = map.String("venue"),
            Language = language,
            DefaultSpeakingTime = ReadSpeakingTime(map) ?? TimeSpan.FromMinutes(3),
            PanelLabel = map.String("panel_label") ?? "Panel",
            Items = items,
        };

        // Read last: a translation is checked against the structure it translates.
        return map.Get("translations") is { } translations
            ? programme with { Translations = new TranslationReader(source, programme).Read(translations) }
            : programme;
    }

    private AgendaItem ReadItem(YamlNode node)
    {
        var map = new YamlMap(node, "an agenda item", source, ItemKeys);
        var number = map.RequiredString("number");
        var kindText = map.String("kind");
        var kind = AgendaItemKind.Other;
        if (kindText is not null)
        {
            kind = ProgrammeValues.Kind(kindText)
                ?? throw Bad(map, "kind", $"unknown kind '{kindText}' for item {number}; use one of: {string.Join(", ", ProgrammeValues.KindNames)}");
        }

        return new AgendaItem
        {
            Number = number,
            Title = map.RequiredString("title"),
            Kind = kind,
            SpeakingTime = ReadSpeakingTime(map),
            Points = map.Strings("points"),
            Panels = Children(map, "panels", ReadPanel),
            StandingItems = Children(map, "standing_items", ReadStandingItem),
        };
    }

    private Panel ReadPanel(YamlNode node)
    {
        var map = new YamlMap(node, "a panel", source, PanelKeys);
        return new Panel(map.RequiredString("title"), map.String("follow_up"))
        {
            Moderator = map.Get("moderator") is { } moderator ? ReadMember(moderator, "the moderator") : null,
            Panellists = Children(map, "panellists", n => ReadMember(n, "a panellist")),
        };
    }

    /// <summary>A name, or a mapping with the name and the organisation.</summary>
    private PanelMember ReadMember(YamlNode node, string what)
    {
        if (node is YamlScalarNode scalar)
        {
            var name = (scalar.Value ?? string.Empty).Trim();
            return name.Length == 0
                ? throw YamlMap.Error(source, node, $"{what} of a panel needs a name")
                : new PanelMember(name, null);
        }

        var map = new YamlMap(node, what, source, MemberKeys);
        return new PanelMember(map.RequiredString("name"), map.String("organisation"));
    }

    private StandingItem ReadStandingItem(YamlNode node)
    {
        var map = new YamlMap(node, "a standing item", source, StandingItemKeys);
        var title = map.RequiredString("title");
        return new StandingItem(title, Children(map, "guiding_questions", ReadQuestion));
    }

    private GuidingQuestion ReadQuestion(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            var text = (scalar.Value ?? string.Empty).Trim();
            return text.Length == 0
                ? throw YamlMap.Error(source, node, "a guiding question must not be empty")
                : new GuidingQuestion(++questionCount, text);
        }

        var map = new YamlMap(node, "a guiding question", source, QuestionKeys);
        var questionText = map.RequiredString("text");
        var poll = map.Get("poll") is { } pollNode ? ReadPoll(pollNode) : null;
        return new GuidingQuestion(++questionCount, questionText) { Poll = poll };
    }

    private PollTemplate ReadPoll(YamlNode node)
    {
        var map = new YamlMap(node, "a poll", source, PollKeys);
        var kind = map.RequiredString("kind");
        if (!ProgrammeValues.PollKinds.Contains(kind, StringComparer.Ordinal))
        {
            throw Bad(map, "kind", $"unknown poll kind '{kind}'; use one of: {string.Join(", ", ProgrammeValues.PollKinds)}");
        }

        var options = map.Strings("options");
        var where = (YamlNode?)map.Get("options") ?? map.Node;
        var duplicate = options.GroupBy(o => o, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw YamlMap.Error(source, where, $"poll option '{duplicate.Key}' is listed twice");
        }

        var problem = kind switch
        {
            "single" or "multi" or "ranking" when options.Count < 2 => $"a {kind} poll needs at least 2 options, found {options.Count}",
            "rating" when options.Count == 1 => "a rating poll's options label the scale and need at least 2 entries (or none)",
            "text" when options.Count > 0 => "a text poll takes no options",
            _ => null,
        };
        return problem is null ? new PollTemplate(kind, options) : throw YamlMap.Error(source, where, problem);
    }

    private static List<TResult> Children<TResult>(YamlMap map, string key, Func<YamlNode, TResult> read) =>
        map.Sequence(key)?.Children.Select(read).ToList() ?? [];

    private List<TimeSlot> ReadSlots(YamlMap map)
    {
        var slots = new List<TimeSlot>();
        foreach (var node in map.Sequence("slots")?.Children ?? [])
        {
            var text = node is YamlScalarNode scalar ? (scalar.Value ?? string.Empty).Trim() : string.Empty;
            var slot = ProgrammeValues.Slot(text)
                ?? throw YamlMap.Error(source, node, $"time slot '{text}' is not in the form HH:mm-HH:mm (e.g. 10:00-13:00)");
            if (slot.End <= slot.Start)
            {
                throw YamlMap.Error(source, node, $"time slot '{text}' ends before it starts");
            }

            slots.Add(slot);
        }

        return slots;
    }

    private TimeSpan? ReadSpeakingTime(YamlMap map)
    {
        var text = map.String("speaking_time");
        if (text is null)
        {
            return null;
        }

        var time = ProgrammeValues.SpeakingTime(text);
        return time is { } t && t > TimeSpan.Zero
            ? t
            : throw Bad(map, "speaking_time", $"speaking_time '{text}' is not a positive duration in the form m:ss (e.g. 3:00)");
    }

    private ProgrammeException Bad(YamlMap map, string key, string problem) =>
        YamlMap.Error(source, map.Get(key) ?? map.Node, problem);
}
