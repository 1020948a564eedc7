using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Cards.Tests;

public sealed class CardJsonTests
{
    [Fact]
    public void Small_card_serialises_to_the_golden_json()
    {
        var card = new AdaptiveCard(
        [
            new TextBlock("Agenda") { Size = TextSize.Large, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new FactSet([new Fact("Date", "Monday, 15 July 2024")]) { Spacing = Spacing.Small },
            new ColumnSet(
            [
                new Column([new TextBlock("I.")]) { Width = ColumnWidth.Auto },
                new Column([new TextBlock("Opening") { IsSubtle = true }]) { Width = ColumnWidth.Weight(2) },
                new Column([]) { Width = ColumnWidth.Pixels(40) },
            ]),
        ])
        {
            Actions = [new ExecuteAction("agenda.next") { Title = "Next item", Style = ActionStyle.Positive, Data = new Dictionary<string, string> { ["item"] = "II" } }],
            MsTeams = new TeamsCardOptions(TeamsCardWidth.Full),
            FallbackText = "Agenda",
        };

        var expected = JsonNode.Parse("""
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "1.5",
              "body": [
                { "type": "TextBlock", "text": "Agenda", "size": "large", "weight": "bolder", "wrap": true, "style": "heading" },
                { "type": "FactSet", "facts": [ { "title": "Date", "value": "Monday, 15 July 2024" } ], "spacing": "small" },
                { "type": "ColumnSet", "columns": [
                    { "type": "Column", "items": [ { "type": "TextBlock", "text": "I.", "wrap": true } ], "width": "auto" },
                    { "type": "Column", "items": [ { "type": "TextBlock", "text": "Opening", "isSubtle": true, "wrap": true } ], "width": 2 },
                    { "type": "Column", "items": [], "width": "40px" }
                ] }
              ],
              "actions": [
                { "type": "Action.Execute", "verb": "agenda.next", "data": { "item": "II" }, "title": "Next item", "style": "positive" }
              ],
              "msteams": { "width": "Full" },
              "fallbackText": "Agenda"
            }
            """);

        var actual = JsonNode.Parse(CardJson.ToJson(card));

        Assert.True(JsonNode.DeepEquals(expected, actual), actual!.ToJsonString());
    }

    [Fact]
    public void Type_comes_first_in_the_card_and_in_every_typed_object()
    {
        var card = new AdaptiveCard(
        [
            new Container([new TextBlock("x") { Fallback = CardFallback.Drop }]) { Style = ContainerStyle.Emphasis, SelectAction = new SubmitAction { Title = "s" } },
            new ColumnSet([new Column([new TextBlock("y")])]),
            new ActionSet([new OpenUrlAction("https://example.org") { Title = "Open" }]),
        ])
        {
            Refresh = new Refresh(new ExecuteAction("refresh")) { UserIds = ["29:abc"] },
        };

        var root = CardJson.ToElement(card);

        var typed = 0;
        foreach (var obj in Objects(root))
        {
            if (obj.TryGetProperty("type", out _))
            {
                Assert.Equal("type", obj.EnumerateObject().First().Name);
                typed++;
            }
        }

        Assert.Equal(10, typed);
    }

    [Fact]
    public void Nulls_are_omitted()
    {
        var json = CardJson.ToJson(new AdaptiveCard([new TextBlock("hi"), new Image("https://example.org/a.png")]));

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"actions\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"refresh\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_element_serialises_with_its_schema_type_name()
    {
        var chart = new ChartHorizontalBar([new HorizontalBarDataPoint("Yes", 12)]) { Fallback = new TextBlock("Yes 12") };
        CardElement[] elements =
        [
            new TextBlock("t"),
            new Container([]),
            new ColumnSet([]),
            new FactSet([]),
            new ActionSet([]),
            new Image("https://example.org/i.png"),
            new InputText("answer"),
            new InputChoiceSet("choice", [new Choice("A", "a")]),
            chart,
        ];
        string?[] expected =
        [
            "TextBlock", "Container", "ColumnSet", "FactSet", "ActionSet", "Image", "Input.Text", "Input.ChoiceSet", "Chart.HorizontalBar",
        ];

        var body = CardJson.ToElement(new AdaptiveCard(elements)).GetProperty("body");

        Assert.Equal(expected, body.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToArray());
    }

    [Fact]
    public void Every_action_serialises_with_its_schema_type_name()
    {
        CardAction[] actions =
        [
            new ExecuteAction("v"),
            new SubmitAction(),
            new ToggleVisibilityAction(["details"]),
            new OpenUrlAction("https://example.org"),
        ];

        var json = CardJson.ToElement(new AdaptiveCard([]) { Actions = actions }).GetProperty("actions");

        string?[] expected = ["Action.Execute", "Action.Submit", "Action.ToggleVisibility", "Action.OpenUrl"];
        Assert.Equal(
            expected,
            json.EnumerateArray().Select(e => e.GetProperty("type").GetString()).ToArray());
    }

    [Fact]
    public void Inputs_serialise_their_id_and_options()
    {
        var card = new AdaptiveCard(
        [
            new InputText("answer") { Label = "Your answer", MaxLength = 500, IsMultiline = true, IsRequired = true, ErrorMessage = "Required" },
            new InputChoiceSet("vote", [new Choice("Yes", "y"), new Choice("No", "n")]) { Style = ChoiceInputStyle.Expanded, IsMultiSelect = false },
        ])
        {
            Actions = [new SubmitAction { Title = "Send", AssociatedInputs = AssociatedInputs.Auto, Data = new Dictionary<string, string> { ["verb"] = "poll.vote" } }],
        };

        var expected = JsonNode.Parse("""
            {
              "body": [
                { "type": "Input.Text", "id": "answer", "label": "Your answer", "maxLength": 500, "isMultiline": true, "isRequired": true, "errorMessage": "Required" },
                { "type": "Input.ChoiceSet", "id": "vote", "choices": [ { "title": "Yes", "value": "y" }, { "title": "No", "value": "n" } ], "style": "expanded", "isMultiSelect": false }
              ],
              "actions": [ { "type": "Action.Submit", "data": { "verb": "poll.vote" }, "associatedInputs": "auto", "title": "Send" } ]
            }
            """)!.AsObject();

        var actual = JsonNode.Parse(CardJson.ToJson(card))!.AsObject();

        Assert.True(JsonNode.DeepEquals(expected["body"], actual["body"]), actual["body"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected["actions"], actual["actions"]), actual["actions"]!.ToJsonString());
    }

    [Fact]
    public void Horizontal_bar_chart_serialises_with_its_text_fallback()
    {
        var chart = new ChartHorizontalBar([new HorizontalBarDataPoint("Option A", 7), new HorizontalBarDataPoint("Option B", 2.5) { Color = "good" }])
        {
            Title = "Results",
            ColorSet = "categorical",
            DisplayMode = ChartDisplayMode.AbsoluteWithAxis,
            Fallback = new TextBlock("Option A: 7, Option B: 2.5"),
        };

        var actual = JsonNode.Parse(CardJson.ToJson(new AdaptiveCard([chart])))!["body"]![0];

        var expected = JsonNode.Parse("""
            {
              "type": "Chart.HorizontalBar",
              "data": [ { "x": "Option A", "y": 7 }, { "x": "Option B", "y": 2.5, "color": "good" } ],
              "title": "Results",
              "colorSet": "categorical",
              "displayMode": "AbsoluteWithAxis",
              "fallback": { "type": "TextBlock", "text": "Option A: 7, Option B: 2.5", "wrap": true }
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, actual), actual!.ToJsonString());
    }

    [Fact]
    public void Drop_fallback_is_the_string_drop()
    {
        var json = CardJson.ToElement(new AdaptiveCard([new TextBlock("x") { Fallback = CardFallback.Drop }]));

        Assert.Equal("drop", json.GetProperty("body")[0].GetProperty("fallback").GetString());
    }

    [Fact]
    public void Refresh_names_its_action_type_and_users()
    {
        var card = new AdaptiveCard([]) { Refresh = new Refresh(new ExecuteAction("chair.view")) { UserIds = ["29:1", "29:2"] } };

        var refresh = JsonNode.Parse(CardJson.ToJson(card))!["refresh"];

        var expected = JsonNode.Parse("""{ "action": { "type": "Action.Execute", "verb": "chair.view" }, "userIds": ["29:1", "29:2"] }""");
        Assert.True(JsonNode.DeepEquals(expected, refresh), refresh!.ToJsonString());
    }

    [Fact]
    public void Indented_json_parses_to_the_same_card_and_size_counts_compact_utf8_bytes()
    {
        var card = new AdaptiveCard([new TextBlock("Café 会议 🎉")]);

        var compact = CardJson.ToJson(card);
        var indented = CardJson.ToJson(card, indented: true);

        Assert.Contains('\n', indented);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(compact), JsonNode.Parse(indented)));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(compact), CardJson.Utf8Size(card));
        Assert.Equal("Café 会议 🎉", CardJson.ToElement(card).GetProperty("body")[0].GetProperty("text").GetString());
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var child in Objects(property.Value))
                {
                    yield return child;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var child in Objects(item))
                {
                    yield return child;
                }
            }
        }
    }
}
