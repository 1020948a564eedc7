using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Inputs;

/// <summary>Co-chairs hide and show inputs; anyone else is refused privately and nothing changes.</summary>
public sealed class InputModerationTests : IAsyncLifetime
{
    private static readonly TeamsUser Amira = InputHost.User(1, "Amira Haddad");
    private InputHost _inputs = null!;

    public async Task InitializeAsync()
    {
        _inputs = await InputHost.StartAsync();
        var form = await _inputs.AskFormAsync(Amira);
        await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("Helpline"));
        await _inputs.PressAsync(Amira, form.ChatId, form.Card, InputVerbs.Submit, InputHost.Filled("Shelter network"));
    }

    public async Task DisposeAsync() => await _inputs.DisposeAsync();

    [Fact]
    public async Task A_participant_hiding_is_refused_in_private_and_nothing_changes()
    {
        var meetingBefore = _inputs.MeetingSends().Count;
        var before = _inputs.Connector.Requests.Count;

        await _inputs.SayAsync(Teams.Participant, "inputs hide i1");

        Assert.Equal(meetingBefore, _inputs.MeetingSends().Count);
        var refusal = Assert.Single(_inputs.Connector.Requests.Skip(before), r => r.Route == "send");
        Assert.NotEqual(_inputs.Meeting, refusal.ConversationId);
        Assert.Contains("is for the co-chairs", (string?)refusal.Body!["text"], StringComparison.Ordinal);
        Assert.Equal((InputState.Active, 1L), ((await _inputs.StoredAsync("i1")).State, (await _inputs.StoredAsync("i1")).Version));
    }

    [Fact]
    public async Task A_chair_hides_an_input_from_the_inputs_card_with_an_audit_entry_and_shows_it_again()
    {
        await _inputs.SayAsync(Teams.Chair, "inputs hide i1");

        var hidden = await _inputs.StoredAsync("i1");
        Assert.Equal(InputState.Hidden, hidden.State);
        var audit = Assert.Single(hidden.Audit);
        Assert.Equal(("hide", Teams.Chair.AadObjectId, Teams.Chair.Name), (audit.Action, audit.ActorId, audit.ActorName));
        Assert.Contains(_inputs.MeetingSends(), m => ((string?)m["text"] ?? "").StartsWith("Input i1 is hidden", StringComparison.Ordinal));
        var listing = await ListAsync();
        Assert.DoesNotContain("Helpline", listing, StringComparison.Ordinal);
        Assert.Contains("Shelter network", listing, StringComparison.Ordinal);
        Assert.Contains("1 input", listing, StringComparison.Ordinal);

        await _inputs.SayAsync(Teams.Chair, "inputs show i1");

        Assert.Equal(InputState.Active, (await _inputs.StoredAsync("i1")).State);
        Assert.Equal(["hide", "show"], (await _inputs.StoredAsync("i1")).Audit.Select(a => a.Action));
        Assert.Contains("Helpline", await ListAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hidden_list_goes_to_the_chair_alone_and_its_button_shows_an_input_again()
    {
        await _inputs.SayAsync(Teams.Chair, "inputs hide i2");
        var meetingBefore = _inputs.MeetingSends().Count;
        var before = _inputs.Connector.Requests.Count;

        await _inputs.SayAsync(Teams.Chair, "inputs hidden");

        Assert.Equal(meetingBefore, _inputs.MeetingSends().Count);
        var sent = Assert.Single(_inputs.Connector.Requests.Skip(before), r => r.Route == "send");
        var card = WireCards.OnlyCard([sent.Body!]);
        Assert.Contains("i2 · Shelter network", WireCards.AllText(card), StringComparison.Ordinal);
        Assert.Contains("hidden by Co-Chair One", WireCards.AllText(card), StringComparison.Ordinal);

        // A participant pressing a copy of the chair's button is refused; the chair's own press works.
        var show = InputHost.Data(card, InputVerbs.Show);
        var refused = await _inputs.InvokeAsync(_inputs.InPrivate(Teams.Participant, sent.ConversationId!, InputVerbs.Show, (JsonObject)show.DeepClone()));
        Assert.Equal(400, (int)refused["statusCode"]!);
        Assert.Equal(InputState.Hidden, (await _inputs.StoredAsync("i2")).State);
        var shown = await _inputs.InvokeAsync(_inputs.InPrivate(Teams.Chair, sent.ConversationId!, InputVerbs.Show, show));
        Assert.Contains("No input is hidden.", WireCards.AllText(shown["value"]!), StringComparison.Ordinal);
        Assert.Equal(InputState.Active, (await _inputs.StoredAsync("i2")).State);
    }

    [Fact]
    public async Task A_hidden_input_can_no_longer_be_edited_by_its_author()
    {
        var form = await _inputs.AskFormAsync(Amira);
        await _inputs.SayAsync(Teams.Chair, "inputs hide i1");
        var edit = InputHost.Data(form.Card, InputVerbs.Submit, InputHost.Filled("Helpline (edited)"));
        edit[InputVerbs.InputKey] = "i1";

        var refused = await _inputs.InvokeAsync(_inputs.InPrivate(Amira, form.ChatId, InputVerbs.Submit, edit));

        Assert.Equal(409, (int)refused["statusCode"]!);
        Assert.Contains("hidden input i1", (string?)refused["value"]!["message"], StringComparison.Ordinal);
        Assert.Equal("Helpline", (await _inputs.StoredAsync("i1")).Content.Title);
    }

    private async Task<string> ListAsync()
    {
        await _inputs.SayAsync(Teams.Participant, "inputs");
        return WireCards.AllText(WireCards.OnlyCard([_inputs.MeetingSends()[^1]]));
    }
}
