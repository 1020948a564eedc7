using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Host.Tests.Fuzz;

/// <summary>
/// Turns a well-formed Teams activity into a hostile one: fields deleted or of the wrong type, huge and
/// control-character strings, deep nesting, odd commands and card data. Seeded, so a failure can be replayed.
/// </summary>
public sealed class ActivityMutator(int seed)
{
    private static readonly string[] Commands =
    [
        "q+", "q-", "hold", "ready", "q?", "queue open", "queue close", "queue clear", "ack", "ack 99", "skip", "move 1 1", "move x y",
        "remove 0", "policy groups", "policy nonsense", "time 0:00", "time 99:99", "next", "prev", "goto", "goto 999", "goto III.9",
        "goto panel 0", "poll q1", "poll q999", "poll \"A?\" \"x\"", "poll close", "poll results p0", "display", "display rotate",
        "inputs", "profile org", "help", "", "/", "q+ to say", "q+ Ana room org", "zzz", "agenda",
        "input", "inputs 99", "inputs q0", "inputs III.9", "inputs hide i1", "inputs show x", "inputs close", "inputs open 999", "inputs hidden",
    ];

    private static readonly string[] Verbs =
    [
        "poll.vote", "queue.request", "queue.withdraw", "queue.hold", "queue.resume", "queue.ack", "queue.policy", "queue.time",
        "queue.profile", "queue.profile.save", "queue.refresh", "agenda.next", "agenda.prev", "nope", "",
        "input.form", "input.submit", "input.edit", "input.withdraw", "input.show",
    ];

    private readonly Random _random = new(seed);

    public JsonObject Mutate(JsonObject original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var activity = (JsonObject)original.DeepClone();
        var mutations = _random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            switch (_random.Next(9))
            {
                case 0:
                    DeleteSomething(activity);
                    break;
                case 1:
                    WrongType(activity);
                    break;
                case 2:
                    activity["text"] = "<at>Dialogue Bot</at> " + Pick(Commands) + " " + Hostile();
                    break;
                case 3:
                    SetPath(activity, ["value", "action", "data"], CardData());
                    break;
                case 4:
                    activity["id"] = Hostile();
                    break;
                case 5:
                    SetPath(activity, ["from", "name"], Hostile());
                    break;
                case 6:
                    activity["value"] = Nested(_random.Next(10, 120));
                    break;
                case 7:
                    SetPath(activity, ["value", "action", "verb"], Pick(Verbs));
                    break;
                default:
                    activity["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = Hostile(), ["mentioned"] = new JsonObject { ["id"] = Hostile() } });
                    break;
            }
        }

        return activity;
    }

    private JsonObject CardData() => new()
    {
        ["verb"] = Pick(Verbs),
        ["pollId"] = _random.Next(3) == 0 ? Hostile() : "p" + _random.Next(-2, 4),
        ["choice"] = _random.Next(3) == 0 ? JsonValue.Create(_random.Next()) : Hostile(),
        ["item"] = _random.Next(4) switch { 0 => "2147483647", 1 => "-1", 2 => "2.9", _ => Hostile() },
        ["topic"] = Hostile(),
        ["rating"] = _random.Next(-5, 20),
        ["policy"] = Hostile(),
        ["time"] = Hostile(),
        ["c"] = _random.Next(2) == 0 ? "19:meeting_fuzz@thread.v2" : Hostile(),
        ["sig"] = Hostile(),
        ["input"] = _random.Next(2) == 0 ? "i1" : Hostile(),
        ["title"] = Hostile(),
        ["description"] = Hostile(),
        ["link"] = Hostile(),
        ["question"] = Hostile(),
        ["attribution"] = _random.Next(2) == 0 ? "Named" : Hostile(),
    };

    private string Hostile() => _random.Next(7) switch
    {
        0 => new string('x', _random.Next(1_000, 120_000)),
        1 => "\u001b[31mcrit:\r\nforged\u0000\u2028",
        2 => "<at>Ana</at> [link](https://evil.example) **bold** {{x}} ${y}",
        3 => "",
        4 => "حوار 对话 диалог 🎙",
        5 => "\uD800",
        _ => _random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private void DeleteSomething(JsonObject activity)
    {
        string[][] paths = [["conversation"], ["conversation", "id"], ["from"], ["from", "id"], ["from", "aadObjectId"], ["serviceUrl"], ["recipient"],
            ["channelData"], ["value"], ["value", "action"], ["text"], ["type"], ["id"], ["name"]];
        var path = Pick(paths);
        var parent = Walk(activity, path[..^1]);
        parent?.Remove(path[^1]);
    }

    private void WrongType(JsonObject activity)
    {
        string[][] paths = [["conversation"], ["from"], ["value"], ["text"], ["entities"], ["channelData"], ["serviceUrl"], ["timestamp"], ["conversation", "id"]];
        JsonNode wrong = _random.Next(4) switch
        {
            0 => JsonValue.Create(42),
            1 => new JsonArray(1, 2, 3),
            2 => JsonValue.Create(true),
            _ => new JsonObject { ["unexpected"] = "shape" },
        };
        SetPath(activity, Pick(paths), wrong);
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++)
        {
            node = new JsonObject { ["action"] = node };
        }

        return node;
    }

    private static JsonObject? Walk(JsonObject root, string[] path)
    {
        JsonObject? node = root;
        foreach (var key in path)
        {
            node = node?[key] as JsonObject;
        }

        return node;
    }

    private static void SetPath(JsonObject root, string[] path, JsonNode value)
    {
        var node = root;
        foreach (var key in path[..^1])
        {
            if (node[key] is not JsonObject next)
            {
                next = new JsonObject();
                node[key] = next;
            }

            node = next;
        }

        node[path[^1]] = value;
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
