using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Inputs;

/// <summary>A form breaking a rule comes back to its author with the fields marked, and nothing is stored.</summary>
public sealed class InputBadInputTests : IAsyncLifetime
{
    private static readonly TeamsUser Amira = InputHost.User(1, "Amira Haddad");
    private InputHost _inputs = null!;
    private PrivateForm _form = null!;

    public async Task InitializeAsync()
    {
        _inputs = await InputHost.StartAsync();
        _form = await _inputs.AskFormAsync(Amira);
    }

    public async Task DisposeAsync() => await _inputs.DisposeAsync();

    [Theory]
    [InlineData(InputVerbs.TitleField, "   ", "Give your input a title.")]
    [InlineData(InputVerbs.TitleField, "Tab\there", "without tabs or other control characters")]
    [InlineData(InputVerbs.DescriptionField, "Bell\u0007", "Line breaks are fine, but no tabs")]
    [InlineData(InputVerbs.LinkField, "http://example.org", "Give a full https:// address")]
    [InlineData(InputVerbs.LinkField, "javascript:alert(1)", "Give a full https:// address")]
    [InlineData(InputVerbs.ItemField, "99", "Choose an agenda item from the list.")]
    [InlineData(InputVerbs.QuestionField, "77", "Choose a guiding question from the list, or none.")]
    [InlineData(InputVerbs.AttributionField, "Everyone", "Choose how your input is attributed.")]
    [InlineData(InputVerbs.TitleField, "abc\u202edcba", "without tabs or other control characters")]
    [InlineData(InputVerbs.TitleField, "\u200b\u2060", "Give your input a title.")]
    [InlineData(InputVerbs.LinkField, "https:/\\evil.example", "Give a full https:// address")]
    public async Task A_field_breaking_a_rule_is_marked_and_nothing_is_stored(string field, string value, string expected)
    {
        var back = await SubmitAsync(new JsonObject { [field] = value });

        AssertMarked(back, field, expected);
        Assert.Empty(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
    }

    [Theory]
    [InlineData(InputVerbs.TitleField, 151)]
    [InlineData(InputVerbs.DescriptionField, 2001)]
    [InlineData(InputVerbs.OrganisationField, 101)]
    [InlineData(InputVerbs.LinkField, 501)]
    public async Task A_text_over_its_limit_is_marked_and_kept_as_typed(string field, int length)
    {
        var typed = field == InputVerbs.LinkField ? "https://example.org/" + new string('a', length - 20) : new string('x', length);

        var back = await SubmitAsync(new JsonObject { [field] = typed });

        AssertMarked(back, field, "characters, please.");
        Assert.Equal(typed, (string?)Field(back, field)["value"]);
        Assert.Empty(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
    }

    [Fact]
    public async Task A_text_far_over_its_limit_comes_back_cut_to_twice_the_limit_in_an_answer_teams_accepts()
    {
        var response = await _inputs.PressAsync(Amira, _form.ChatId, _form.Card, InputVerbs.Submit, InputHost.Filled(more: new JsonObject
        {
            [InputVerbs.TitleField] = new string('t', 100_000),
            [InputVerbs.DescriptionField] = new string('d', 100_000),
        }));

        var back = response["value"]!;
        AssertMarked(back, InputVerbs.TitleField, "characters, please.");
        Assert.Equal(300, ((string?)Field(back, InputVerbs.TitleField)["value"])!.Length);
        Assert.True(response.ToJsonString().Length < 20_000, "the answer should stay far under Teams' 28 KB");
        Assert.Empty(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
    }

    [Theory]
    [InlineData('\u0001')]
    [InlineData('<')]
    [InlineData('"')]
    public async Task A_form_sent_back_with_texts_far_over_their_limits_fits_teams_whatever_the_characters(char c)
    {
        var huge = new string(c, 5_000);
        var activity = _inputs.InPrivate(Amira, _form.ChatId, InputVerbs.Submit, InputHost.Data(_form.Card, InputVerbs.Submit, InputHost.Filled(more: new JsonObject
        {
            [InputVerbs.TitleField] = huge,
            [InputVerbs.DescriptionField] = huge,
            [InputVerbs.OrganisationField] = huge,
            [InputVerbs.LinkField] = huge,
        })));

        using var response = await _inputs.Host.SendAsync(activity);
        var body = await response.Content.ReadAsByteArrayAsync();

        // A control character is six bytes in JSON ("\u0001"): echoed as typed, four fields cut to twice their limits
        // made a 38 KB answer, which Teams refuses, so the author saw an error instead of their form.
        Assert.InRange(body.Length, 1, 25_000);
        var back = System.Text.Json.Nodes.JsonNode.Parse(body)!["value"]!;
        AssertMarked(back, InputVerbs.TitleField, c == '\u0001' ? "without tabs or other control characters" : "characters, please.");
        Assert.Empty(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
    }

    [Fact]
    public async Task One_person_may_have_25_inputs_at_once_then_is_told_privately_and_nothing_is_stored()
    {
        for (var i = 0; i < 25; i++)
        {
            var saved = await _inputs.PressAsync(Amira, _form.ChatId, _form.Card, InputVerbs.Submit, InputHost.Filled());
            Assert.Equal(200, (int)saved["statusCode"]!);
        }

        var refused = await _inputs.PressAsync(Amira, _form.ChatId, _form.Card, InputVerbs.Submit, InputHost.Filled());

        Assert.Equal(400, (int)refused["statusCode"]!);
        Assert.Contains("the limit of inputs one person may have", refused.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(25, (await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Organisation_only_without_an_organisation_is_marked_with_every_other_problem()
    {
        var back = await SubmitAsync(new JsonObject
        {
            [InputVerbs.AttributionField] = "OrganisationOnly",
            [InputVerbs.OrganisationField] = "",
            [InputVerbs.DescriptionField] = "",
        });

        AssertMarked(back, InputVerbs.OrganisationField, "\"Organisation only\" needs your organisation.");
        AssertMarked(back, InputVerbs.DescriptionField, "Describe the activity.");
        Assert.Equal("OrganisationOnly", (string?)Field(back, InputVerbs.AttributionField)["value"]);
    }

    [Fact]
    public async Task A_form_sent_back_can_be_corrected_and_submitted()
    {
        var back = await SubmitAsync(new JsonObject { [InputVerbs.TitleField] = "" });

        var fixedUp = await _inputs.PressAsync(Amira, _form.ChatId, back, InputVerbs.Submit, InputHost.Filled());

        Assert.Contains("✓ Input i1 saved", WireCards.AllText(fixedUp["value"]!), StringComparison.Ordinal);
    }

    private async Task<JsonNode> SubmitAsync(JsonObject overrides)
    {
        var response = await _inputs.PressAsync(Amira, _form.ChatId, _form.Card, InputVerbs.Submit, InputHost.Filled(more: overrides));
        Assert.Equal((200, "application/vnd.microsoft.card.adaptive"), ((int)response["statusCode"]!, (string)response["type"]!));
        return response["value"]!;
    }

    private static JsonObject Field(JsonNode card, string id) => InputHost.Objects(card).Single(o => (string?)o["id"] == id);

    // The field carries the message, and a visible line in the attention colour follows it.
    private static void AssertMarked(JsonNode card, string field, string expected)
    {
        Assert.Contains("Please check the marked fields", WireCards.AllText(card), StringComparison.Ordinal);
        Assert.Contains(expected, (string?)Field(card, field)["errorMessage"], StringComparison.Ordinal);
        var body = card["body"]!.AsArray();
        var at = body.IndexOf(body.Single(e => (string?)e!["id"] == field));
        var line = body[at + 1]!;
        Assert.Equal(("TextBlock", "attention"), ((string?)line["type"], (string?)line["color"]));
        Assert.Contains(expected, (string?)line["text"], StringComparison.Ordinal);
    }
}
