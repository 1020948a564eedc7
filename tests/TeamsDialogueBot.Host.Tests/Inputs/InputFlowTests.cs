using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Inputs;

/// <summary>
/// Inputs end to end: `input` in the meeting chat sends a private form to the caller's 1:1 chat; its buttons, pressed
/// there, act on the meeting; `inputs` lists what is visible.
/// </summary>
public sealed class InputFlowTests : IAsyncLifetime
{
    private static readonly TeamsUser Amira = InputHost.User(1, "Amira Haddad");
    private static readonly TeamsUser Bruno = InputHost.User(2, "Bruno Costa");
    private InputHost _inputs = null!;

    public async Task InitializeAsync() => _inputs = await InputHost.StartAsync();

    public async Task DisposeAsync() => await _inputs.DisposeAsync();

    [Fact]
    public async Task Input_sends_the_form_to_the_callers_1_1_chat_and_nothing_to_the_meeting_chat()
    {
        await _inputs.SayAsync(Amira, "profile org Migrant Rights Network group NGO");
        var meetingBefore = _inputs.MeetingSends().Count;

        var form = await _inputs.AskFormAsync(Amira);

        Assert.Equal(meetingBefore, _inputs.MeetingSends().Count);
        var create = Assert.Single(_inputs.Connector.Requests, r => r.Route == "create");
        Assert.Equal("29:" + Amira.AadObjectId, (string?)create.Body!["members"]![0]!["id"]);
        var fields = InputHost.Objects(form.Card).Where(o => o["id"] is not null).ToDictionary(o => (string)o["id"]!);
        Assert.Equal("Migrant Rights Network", (string?)fields[InputVerbs.OrganisationField]["value"]);
        Assert.Equal((true, InputLimits.Description), ((bool)fields[InputVerbs.DescriptionField]["isMultiline"]!, (int)fields[InputVerbs.DescriptionField]["maxLength"]!));
        Assert.Equal("0", (string?)fields[InputVerbs.ItemField]["value"]);
        Assert.Equal(["Named", "OrganisationOnly", "Anonymous"], fields[InputVerbs.AttributionField]["choices"]!.AsArray().Select(c => (string)c!["value"]!));
        Assert.Contains("Q13.", WireCards.AllText(fields[InputVerbs.QuestionField]), StringComparison.Ordinal);
        Assert.Equal(InputVerbs.Submit, (string?)Assert.Single(InputHost.Actions(form.Card))["verb"]);
    }

    [Fact]
    public async Task Submit_edit_and_withdraw_from_the_1_1_chat_act_on_the_meeting()
    {
        var form = await _inputs.AskFormAsync(Amira);

        var saved = await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled(more: new JsonObject { [InputVerbs.QuestionField] = "4" }));

        Assert.Equal(200, (int)saved["statusCode"]!);
        var view = saved["value"]!;
        Assert.Contains("✓ Input i1 saved", WireCards.AllText(view), StringComparison.Ordinal);
        Assert.Contains("Amira Haddad, Migrant Rights Network", WireCards.AllText(view), StringComparison.Ordinal);
        Assert.Equal([InputVerbs.Edit, InputVerbs.Withdraw, InputVerbs.Form], InputHost.Actions(view).Select(a => (string)a["verb"]!));
        var stored = await _inputs.StoredAsync("i1");
        Assert.Equal(new InputContent("Migrant Rights Network", "Helpline for smuggled migrants", "A 24-hour helpline in six languages,\nrun with the Red Cross.", "https://example.org/helpline", 2, 4, InputAttribution.Named), stored.Content);
        Assert.Equal(("29:" + Amira.AadObjectId, "Amira Haddad", Amira.AadObjectId), (stored.Author.Mri, stored.Author.Name, stored.Author.Key));
        Assert.Empty(await _inputs.Store.ListAsync(form.ChatId, null, CancellationToken.None));

        var editForm = (await _inputs.PressAsync(Amira, form.ChatId, view, InputVerbs.Edit))["value"]!;
        var title = InputHost.Objects(editForm).Single(o => (string?)o["id"] == InputVerbs.TitleField);
        Assert.Equal("Helpline for smuggled migrants", (string?)title["value"]);
        var updated = await _inputs.PressAsync(Amira, form.ChatId, editForm, InputVerbs.Submit, InputHost.Filled("Helpline, now in 7 languages", more: new JsonObject { [InputVerbs.AttributionField] = "Anonymous" }));
        Assert.Contains("✓ Input i1 updated", WireCards.AllText(updated["value"]!), StringComparison.Ordinal);
        Assert.Equal(("Helpline, now in 7 languages", InputAttribution.Anonymous), ((await _inputs.StoredAsync("i1")).Content.Title, (await _inputs.StoredAsync("i1")).Content.Attribution));

        var withdrawn = await _inputs.PressAsync(Amira, form.ChatId, updated["value"]!, InputVerbs.Withdraw);
        Assert.Contains("Input i1 withdrawn", WireCards.AllText(withdrawn["value"]!), StringComparison.Ordinal);
        Assert.Equal(InputState.Withdrawn, (await _inputs.StoredAsync("i1")).State);

        // Nothing of this was said in the meeting chat.
        Assert.Empty(_inputs.MeetingSends());
    }

    [Fact]
    public async Task A_submit_from_a_client_without_universal_actions_saves_once_and_sends_the_authors_view_to_the_1_1_chat()
    {
        var form = await _inputs.AskFormAsync(Amira);
        var before = _inputs.Connector.Requests.Count;

        // The Action.Submit fallback: a message in the 1:1 chat whose value is the action's data with the form's fields.
        var submit = _inputs.InPrivate(Amira, form.ChatId, InputVerbs.Submit, new JsonObject());
        submit["type"] = "message";
        submit.Remove("name");
        submit["value"] = InputHost.Data(form.Card, InputVerbs.Submit, InputHost.Filled());
        await _inputs.Host.SendAsync(submit.DeepClone());
        await _inputs.Host.SendAsync(submit.DeepClone()); // Teams delivering it again
        await _inputs.Host.SettleAsync();

        Assert.Single(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
        var sent = Assert.Single(_inputs.Connector.Requests.Skip(before), r => r.Route == "send" && r.Status < 300);
        Assert.Equal(form.ChatId, sent.ConversationId);
        Assert.Contains("✓ Input i1 saved", WireCards.AllText(WireCards.OnlyCard([sent.Body!])), StringComparison.Ordinal);
        Assert.Empty(_inputs.MeetingSends());
    }

    [Fact]
    public async Task The_agenda_cards_button_shows_the_form_as_the_pressers_own_view_and_it_submits_in_the_meeting()
    {
        var form = await _inputs.InvokeAsync(_inputs.Teams.Execute(Bruno, InputVerbs.Form));
        Assert.Equal(InputVerbs.Submit, (string?)Assert.Single(InputHost.Actions(form["value"]!))["verb"]);

        var saved = await _inputs.InvokeAsync(_inputs.Teams.Execute(Bruno, InputVerbs.Submit, InputHost.Data(form["value"]!, InputVerbs.Submit, InputHost.Filled(more: new JsonObject
        {
            [InputVerbs.AttributionField] = "OrganisationOnly",
        }))));

        Assert.Contains("Shown as\nMigrant Rights Network", WireCards.AllText(saved["value"]!), StringComparison.Ordinal);
        Assert.Equal(Bruno.AadObjectId, (await _inputs.StoredAsync("i1")).Author.Key);
        Assert.DoesNotContain(_inputs.Connector.Requests, r => r.Route == "create");
        Assert.Empty(_inputs.MeetingSends());
    }

    [Fact]
    public async Task Someone_elses_input_cannot_be_edited_or_withdrawn_and_nothing_changes()
    {
        var amirasForm = await _inputs.AskFormAsync(Amira);
        var saved = (await _inputs.PressAsync(Amira, amirasForm.ChatId, amirasForm.Card, InputVerbs.Submit, InputHost.Filled()))["value"]!;
        var brunosForm = await _inputs.AskFormAsync(Bruno);

        // Bruno aims his own (validly signed) form at Amira's input.
        var edit = InputHost.Data(brunosForm.Card, InputVerbs.Submit, InputHost.Filled("Hijacked"));
        edit[InputVerbs.InputKey] = "i1";
        var refused = await _inputs.InvokeAsync(_inputs.InPrivate(Bruno, brunosForm.ChatId, InputVerbs.Submit, edit));
        // Or presses Amira's own buttons, copied: signed for her, not for him.
        var copied = await _inputs.InvokeAsync(_inputs.InPrivate(Bruno, brunosForm.ChatId, InputVerbs.Withdraw, InputHost.Data(saved, InputVerbs.Withdraw)));

        Assert.Equal((403, "application/vnd.microsoft.error"), ((int)refused["statusCode"]!, (string)refused["type"]!));
        Assert.Contains("not yours", (string?)refused["value"]!["message"], StringComparison.Ordinal);
        Assert.Equal(400, (int)copied["statusCode"]!);
        var stored = await _inputs.StoredAsync("i1");
        Assert.Equal(("Helpline for smuggled migrants", InputState.Active, 1L), (stored.Content.Title, stored.State, stored.Version));
        Assert.Empty(_inputs.MeetingSends());
    }

    [Fact]
    public async Task The_author_keeps_their_input_when_another_client_sends_their_object_id_in_capitals()
    {
        // Teams sends the same AAD object id in different letter cases depending on the client (polls and the Q&A key
        // people by it upper-cased): Amira submits from one client and edits and withdraws from another.
        var form = await _inputs.AskFormAsync(Amira);
        var saved = (await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled()))["value"]!;
        var otherClient = Amira with { AadObjectId = Amira.AadObjectId.ToUpperInvariant() };
        JsonObject FromOtherClient(string verb, JsonNode card, JsonObject? fields = null)
        {
            var press = _inputs.InPrivate(otherClient, form.ChatId, verb, InputHost.Data(card, verb, fields));
            press["from"]!["id"] = "29:" + Amira.AadObjectId; // the MRI does not change, only the object id's case
            return press;
        }

        var editForm = await _inputs.InvokeAsync(FromOtherClient(InputVerbs.Edit, saved));
        Assert.Equal(200, (int)editForm["statusCode"]!);
        var updated = await _inputs.InvokeAsync(FromOtherClient(InputVerbs.Submit, editForm["value"]!, InputHost.Filled("Helpline, now in 7 languages")));
        Assert.Contains("✓ Input i1 updated", WireCards.AllText(updated["value"]!), StringComparison.Ordinal);
        var withdrawn = await _inputs.InvokeAsync(FromOtherClient(InputVerbs.Withdraw, updated["value"]!));
        Assert.Contains("Input i1 withdrawn", WireCards.AllText(withdrawn["value"]!), StringComparison.Ordinal);

        var stored = await _inputs.StoredAsync("i1");
        Assert.Equal(("Helpline, now in 7 languages", InputState.Withdrawn), (stored.Content.Title, stored.State));
    }

    [Fact]
    public async Task A_submit_delivered_again_is_applied_once_and_answered_the_same()
    {
        var form = await _inputs.AskFormAsync(Amira);
        var submit = _inputs.InPrivate(Amira, form.ChatId, InputVerbs.Submit, InputHost.Data(form.Card, InputVerbs.Submit, InputHost.Filled()));

        var first = await _inputs.InvokeAsync((JsonObject)submit.DeepClone());
        var copies = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => _inputs.InvokeAsync((JsonObject)submit.DeepClone())));

        Assert.Single(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
        Assert.All(copies, c => Assert.Equal(first.ToJsonString(), c.ToJsonString()));
        Assert.Contains("✓ Input i1 saved", WireCards.AllText(first["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_an_item_stops_new_inputs_and_edits_on_it_until_it_is_opened_again()
    {
        var form = await _inputs.AskFormAsync(Amira);
        var saved = (await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled()))["value"]!;

        await _inputs.SayAsync(Teams.Chair, "inputs close III");
        var late = (await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("Too late")))["value"]!;
        var edit = await _inputs.PressAsync(Amira, form.ChatId, saved, InputVerbs.Edit);

        Assert.Contains("Inputs on III.", WireCards.AllText(late), StringComparison.Ordinal);
        Assert.Contains("are closed. Choose another item.", WireCards.AllText(late), StringComparison.Ordinal);
        Assert.Equal(409, (int)edit["statusCode"]!);
        Assert.Single(await _inputs.Store.ListAsync(_inputs.Meeting, null, CancellationToken.None));
        Assert.Contains(_inputs.MeetingSends(), m => ((string?)m["text"] ?? "").StartsWith("Inputs on III.", StringComparison.Ordinal));

        await _inputs.SayAsync(Teams.Chair, "inputs open III");
        var again = (await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("Just in time")))["value"]!;
        Assert.Contains("✓ Input i2 saved", WireCards.AllText(again), StringComparison.Ordinal);
    }
}
