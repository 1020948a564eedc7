using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Inputs;

/// <summary>`inputs`: every visible input, grouped by guiding question, in pages that each stay under 28 KB.</summary>
public sealed partial class InputListingTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions AsSent = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private InputHost _inputs = null!;

    public async Task InitializeAsync() => _inputs = await InputHost.StartAsync();

    public async Task DisposeAsync() => await _inputs.DisposeAsync();

    [Fact]
    public async Task Two_hundred_long_inputs_come_in_pages_under_28_KB_each_showing_every_input_once()
    {
        await StoreAsync(200);

        await _inputs.SayAsync(Teams.Participant, "inputs");
        var first = WireCards.AllText(LastCard());
        var pages = int.Parse(PageOf().Match(first).Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(pages, 10, 60);
        Assert.Contains($"type `inputs 2` for the next", first, StringComparison.Ordinal);
        var seen = new List<string>();
        var sizes = new List<int>();
        for (var page = 1; page <= pages; page++)
        {
            if (page > 1)
            {
                await _inputs.SayAsync(Teams.Participant, "inputs " + page.ToString(CultureInfo.InvariantCulture));
            }

            var activity = _inputs.MeetingSends()[^1];
            sizes.Add(Encoding.UTF8.GetByteCount(activity.ToJsonString(AsSent)));
            var text = WireCards.AllText(LastCard());
            Assert.Contains($"page {page} of {pages}", text, StringComparison.Ordinal);
            seen.AddRange(InputIds().Matches(text).Select(m => m.Groups[1].Value));
        }

        Assert.All(sizes, size => Assert.InRange(size, 1, 28 * 1024 - 1));
        Assert.Equal(Enumerable.Range(1, 200).Select(i => "i" + i.ToString(CultureInfo.InvariantCulture)).Order(), seen.Order());
        await _inputs.SayAsync(Teams.Participant, "inputs " + (pages + 1).ToString(CultureInfo.InvariantCulture));
        Assert.Contains("pages of inputs", (string?)_inputs.MeetingSends()[^1]["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inputs_are_grouped_by_guiding_question_with_open_text_poll_answers_anonymous_among_them()
    {
        await _inputs.SayAsync(Teams.Chair, "poll q4");
        var pollCard = _inputs.Connector.Requests.Last(r => r.Route == "send" && r.ConversationId == _inputs.Meeting).ActivityId!;
        foreach (var (voter, text) in new[] { (Teams.Participant, "More funding for shelters"), (Teams.Chair, "More funding for shelters"), (InputHost.User(9, "Li Wei"), "[click](https://evil.example)") })
        {
            await _inputs.InvokeAsync(_inputs.Teams.Execute(voter, PollCard.VoteVerb, new JsonObject { ["verb"] = PollCard.VoteVerb, ["pollId"] = "p1", ["text"] = text }, pollCard));
        }

        var form = await _inputs.AskFormAsync(InputHost.User(1, "Amira Haddad"));
        await _inputs.PressAsync(InputHost.User(1, "Amira Haddad"), form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("On Q4", more: new JsonObject { ["question"] = "4", ["item"] = "3" }));
        await _inputs.PressAsync(InputHost.User(1, "Amira Haddad"), form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("On nothing in particular", more: new JsonObject { ["attribution"] = "Anonymous" }));

        await _inputs.SayAsync(Teams.Participant, "inputs");
        var all = WireCards.AllText(LastCard());
        await _inputs.SayAsync(Teams.Participant, "inputs q4");
        var q4 = WireCards.AllText(LastCard());

        var programme = _inputs.Host.Services.GetRequiredService<Programme>();
        var heading = "Q4. " + programme.FindGuidingQuestion(4)!.Text;
        Assert.True(all.IndexOf(heading, StringComparison.Ordinal) < all.IndexOf("Not on a guiding question", StringComparison.Ordinal));
        Assert.Contains("• More funding for shelters (×2)", all, StringComparison.Ordinal);
        Assert.Contains("Anonymous answer to poll p1", all, StringComparison.Ordinal);
        Assert.Contains("Amira Haddad, Migrant Rights Network · IV · i1", all, StringComparison.Ordinal);
        Assert.Contains("Anonymous · III · i2", all, StringComparison.Ordinal);
        Assert.Contains("5 inputs", all, StringComparison.Ordinal);
        // User text stays text: Markdown escaped, and no address left whole for Teams to link.
        Assert.Contains(@"\[click\]\(https:", all, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", all, StringComparison.Ordinal);
        Assert.Contains("Link: https:\u2060//example.org/helpline", all, StringComparison.Ordinal);
        Assert.Contains(heading, q4, StringComparison.Ordinal);
        Assert.DoesNotContain("On nothing in particular", q4, StringComparison.Ordinal);
        Assert.Contains("Guiding question Q4 · 4 inputs", q4, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_input_on_a_panel_belongs_to_the_panel_and_to_its_item()
    {
        var amira = InputHost.User(1, "Amira Haddad");
        await _inputs.SayAsync(Teams.Chair, "goto III.2");
        var form = await _inputs.AskFormAsync(amira);
        var choice = InputHost.Objects(form.Card).Single(o => (string?)o["id"] == InputVerbs.ItemField);
        Assert.Equal("2.2", (string?)choice["value"]);
        Assert.Contains(choice["choices"]!.AsArray(), c => (string?)c!["value"] == "2.1");

        await _inputs.PressAsync(amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("On panel 2", more: new JsonObject { ["item"] = "2.2" }));
        await _inputs.PressAsync(amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("On panel 1", more: new JsonObject { ["item"] = "2.1" }));

        Assert.Equal(new AgendaPosition(2, 2), (await _inputs.StoredAsync("i1")).Position);
        await _inputs.SayAsync(Teams.Participant, "inputs III.2");
        var panel = WireCards.AllText(LastCard());
        Assert.Contains("On panel 2", panel, StringComparison.Ordinal);
        Assert.DoesNotContain("On panel 1", panel, StringComparison.Ordinal);
        Assert.Contains("· III.2 · i1", panel, StringComparison.Ordinal);
        await _inputs.SayAsync(Teams.Participant, "inputs III");
        Assert.Contains("2 inputs", WireCards.AllText(LastCard()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_inputs_the_card_says_how_to_share_one()
    {
        await _inputs.SayAsync(Teams.Participant, "inputs III");

        var text = WireCards.AllText(LastCard());
        Assert.Contains("III. ", text, StringComparison.Ordinal);
        Assert.Contains("No inputs yet. Type `input` to share one.", text, StringComparison.Ordinal);
    }

    private JsonNode LastCard() => WireCards.OnlyCard([_inputs.MeetingSends()[^1]]);

    // Inputs stored as turns store them, with the longest descriptions and text that grows when escaped.
    private async Task StoreAsync(int count)
    {
        var programme = _inputs.Host.Services.GetRequiredService<Programme>();
        var committer = _inputs.Host.Services.GetRequiredService<IChangeCommitter>();
        var writes = new List<StagedWrite>();
        for (var i = 1; i <= count; i++)
        {
            var author = new InputAuthor("aad-" + i.ToString(CultureInfo.InvariantCulture), null, "Participant Número " + i.ToString(CultureInfo.InvariantCulture));
            var description = string.Concat(Enumerable.Repeat("*Ünïcode* & [links] — 移民 ", 100))[..InputLimits.Description];
            var draft = new InputDraft
            {
                Organisation = new string('O', InputLimits.Organisation),
                Title = new string('_', InputLimits.Title),
                Description = description,
                Link = "https://example.org/" + new string('l', InputLimits.Link - 20),
                ItemIndex = 3,
                GuidingQuestion = i % 14 == 0 ? null : i % 14,
                Attribution = (InputAttribution)(i % 3),
            };
            Assert.Equal(InputOutcome.Done, Input.Submit(InputId.Next(i), author, draft, programme, _ => true, DateTimeOffset.UtcNow, out var input).Outcome);
            writes.Add(new StagedWrite.AddInput(input!));
        }

        Assert.IsType<CommitResult.Stored>(await committer.CommitAsync(new ChangeSet(_inputs.Meeting, [], writes), CancellationToken.None));
    }

    [GeneratedRegex(@"page (\d+) of (\d+)")]
    private static partial Regex PageOf();

    [GeneratedRegex(@" · (i\d+)\n")]
    private static partial Regex InputIds();
}
