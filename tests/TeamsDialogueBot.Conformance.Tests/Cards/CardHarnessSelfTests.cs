using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>The harness is only worth something if it can fail: deliberately broken cards must be reported.</summary>
public sealed class CardHarnessSelfTests
{
    private static readonly Lazy<Task<IReadOnlyList<CardReport>>> Reports = new(() => CardHarness.CheckAsync(
    [
        ("clean", Card("""[{ "type": "TextBlock", "text": "Now: III. Panel 1", "wrap": true }]""")),
        ("lang-once", Card("""[{ "type": "TextBlock", "text": "a" }]""", lang: "en")),
        ("lang-again", Card("""[{ "type": "TextBlock", "text": "b" }]""", lang: "en")),
        ("unknown-element", Card("""[{ "type": "Carousel", "pages": [] }]""")),
        ("unknown-action", Card("""[]""", """[{ "type": "Action.Teleport", "title": "Go" }]""")),
        ("version-1-6", Card("""[{ "type": "TextBlock", "text": "hi" }]""", version: "1.6")),
        ("duplicate-ids", Card("""[{ "type": "TextBlock", "text": "a", "id": "same" }, { "type": "TextBlock", "text": "b", "id": "same" }]""")),
        ("too-large", Card($$"""[{ "type": "TextBlock", "text": "{{new string('x', 29 * 1024)}}" }]""")),
        ("invalid-value", Card("""[{ "type": "TextBlock", "text": "a", "size": "enormous" }]""")),
        ("required-input-without-label", Card("""[{ "type": "Input.Text", "id": "answer", "isRequired": true, "errorMessage": "Say something" }]""")),
        ("too-many-actions", Card("""[]""", "[" + string.Join(',', Enumerable.Range(1, 7).Select(i => $$"""{ "type": "Action.Submit", "title": "{{i}}" }""")) + "]")),
        ("chart-without-fallback", Card("""[{ "type": "Chart.HorizontalBar", "data": [] }]""")),
        ("chart-with-fallback", Card("""[{ "type": "Chart.HorizontalBar", "data": [], "fallback": { "type": "TextBlock", "text": "A ▇▇▇ 3" } }]""")),
    ]));

    [Theory]
    [InlineData("unknown-element", "UnknownElementType")]
    [InlineData("unknown-action", "UnknownActionType")]
    [InlineData("version-1-6", "UnsupportedCardVersion")]
    [InlineData("duplicate-ids", "DuplicateId")]
    [InlineData("too-large", "CardTooLarge")]
    [InlineData("invalid-value", "InvalidPropertyValue")]
    [InlineData("required-input-without-label", "RequiredInputsShouldHaveLabel")]
    [InlineData("too-many-actions", "TooManyActions")]
    [InlineData("chart-without-fallback", "TeamsExtensionWithoutFallback")]
    public async Task A_broken_card_is_reported(string name, string expectedCode)
    {
        var report = (await Reports.Value).Single(r => r.Name == name);

        Assert.Contains(report.Problems, p => p.Code == expectedCode);
    }

    [Theory]
    [InlineData("clean")]
    [InlineData("chart-with-fallback")]
    [InlineData("lang-once")]
    [InlineData("lang-again")]
    public async Task A_sound_card_is_not_reported(string name)
    {
        var report = (await Reports.Value).Single(r => r.Name == name);

        Assert.True(report.Problems.Count == 0, report.Describe());
    }

    private static JsonNode Card(string body, string actions = "[]", string version = "1.5", string lang = "fr") =>
        JsonNode.Parse($$"""
            {
              "type": "AdaptiveCard",
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
              "version": "{{version}}",
              "lang": "{{lang}}",
              "body": {{body}},
              "actions": {{actions}}
            }
            """)!;
}
