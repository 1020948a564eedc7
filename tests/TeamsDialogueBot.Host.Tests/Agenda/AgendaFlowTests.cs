using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Agenda;

/// <summary>The agenda slice end to end: HTTP in, the recording fake Connector out.</summary>
public sealed class AgendaFlowTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Agenda_posts_a_card_with_the_whole_seed_programme()
    {
        await _host.SendAsync(_teams.Mention(Teams.Participant, "agenda"));

        var card = WireCards.OnlyCard(_connector.Sent);
        var text = WireCards.AllText(card);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        foreach (var heading in new[] { "I. Opening of the meeting", "II. Briefing on the developments", "III. Spotlight on the 11th meeting", "IV. Interactive exchange", "V. Closing of the meeting" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("Monday, 15 July 2024", text, StringComparison.Ordinal);
        Assert.Contains("10:00–13:00 and 15:00–18:00 CEST", text, StringComparison.Ordinal);
        Assert.Equal(_teams.ConversationId, _connector.Requests.Single(r => r.Route == "send").ConversationId);
    }

    [Fact]
    public async Task Next_updates_the_posted_card_in_place_and_announces_the_new_item()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));
        var cardId = _connector.Requests.Single(r => r.Route == "send").ActivityId!;

        await _host.SendAsync(_teams.Mention(Teams.Chair, "/next"));

        var update = await _connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == cardId, Wait);
        var updated = WireCards.OnlyCard([update.Body!]);
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(updated), StringComparison.Ordinal);
        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("Now: II. Briefing on the developments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Goto_by_roman_number_shows_the_guiding_questions_of_the_tour_de_table()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));
        var cardId = _connector.Requests.Single(r => r.Route == "send").ActivityId!;

        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto IV"));

        var update = await _connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == cardId, Wait);
        var current = WireCards.CurrentItemText(WireCards.OnlyCard([update.Body!]));
        Assert.Contains("IV. Interactive exchange", current, StringComparison.Ordinal);
        for (var q = 1; q <= 13; q++)
        {
            Assert.Contains($"Q{q}.", current, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Prev_at_the_first_item_says_so_and_changes_nothing()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "prev"));

        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("already at the first item", StringComparison.Ordinal));
        Assert.Empty(_connector.Updates);
    }

    [Fact]
    public async Task Participant_is_politely_refused_a_chair_command_and_nothing_moves()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));
        await _host.SendAsync(_teams.Mention(Teams.Participant, "next"));

        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("`next` is for the co-chairs", StringComparison.Ordinal));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));
        var latest = WireCards.OnlyCard([_connector.Sent[^1]]);
        Assert.Contains("I. Opening of the meeting", WireCards.CurrentItemText(latest), StringComparison.Ordinal);
        Assert.Empty(_connector.Updates);
    }

    [Fact]
    public async Task Card_button_moves_the_agenda_for_a_chair_and_returns_the_new_card_to_the_presser()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));

        using var response = await _host.SendAsync(_teams.Execute(Teams.Chair, "agenda.next"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(body["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_button_refuses_a_participant_with_an_error_only_they_see()
    {
        using var response = await _host.SendAsync(_teams.Execute(Teams.Participant, "agenda.next"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("NotAChair", body["value"]!["code"]!.GetValue<string>());
        Assert.Empty(_connector.Sent);
    }

    [Fact]
    public async Task Help_lists_chair_commands_only_for_chairs()
    {
        await _host.SendAsync(_teams.Mention(Teams.Participant, "help"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "help"));

        var forParticipant = WireCards.AllText(WireCards.OnlyCard([_connector.Sent[0]]));
        var forChair = WireCards.AllText(WireCards.OnlyCard([_connector.Sent[1]]));
        Assert.Contains("agenda", forParticipant, StringComparison.Ordinal);
        Assert.DoesNotContain("goto <item>", forParticipant, StringComparison.Ordinal);
        Assert.Contains("goto <item>", forChair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_gets_a_short_help_never_silence()
    {
        await _host.SendAsync(_teams.Mention(Teams.Participant, "dance"));

        var reply = WireCards.AllText(WireCards.OnlyCard(_connector.Sent));
        Assert.Contains("I don't know \"dance\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_keeps_the_current_item()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto III"));
        await _host.DisposeAsync();

        _host = await BotTestHost.StartAsync(_connector, _host.DatabasePath);
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));

        var card = WireCards.OnlyCard([_connector.Sent[^1]]);
        Assert.Contains("III. Spotlight", WireCards.CurrentItemText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goto_an_unknown_item_lists_the_valid_ones()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto IX"));

        var text = _connector.Sent.Single()["text"]!.GetValue<string>();
        Assert.Contains("no agenda item \"IX\"", text, StringComparison.Ordinal);
        Assert.Contains("I, II, III, III.1, III.2, IV, V", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_walks_into_the_panels_of_item_III_and_goto_names_a_panel()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));
        var cardId = _connector.Requests.Single(r => r.Route == "send").ActivityId!;
        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto III"));

        await _host.SendAsync(_teams.Mention(Teams.Chair, "next"));

        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now: III.1 Panel 1: Preventing", StringComparison.Ordinal));
        var card = _connector.LastCardFor(cardId)!;
        Assert.Contains("▶ III.1 Panel 1", WireCards.AllText(card), StringComparison.Ordinal);

        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto panel 2"));
        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now: III.2 Panel 2: Protection", StringComparison.Ordinal));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "next"));
        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now: IV. Interactive exchange", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_panel_has_its_own_speakers_list()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto III.1"));
        await _host.SendAsync(_teams.Mention(Teams.Participant, "q+"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "goto III.2"));

        await _host.SendAsync(_teams.Mention(Teams.Participant, "q?"));

        var lists = _host.Services.GetRequiredService<TeamsDialogueBot.Domain.Queue.ISpeakersListStore>();
        var panelOne = await lists.FindAsync(_teams.ConversationId, new TeamsDialogueBot.Domain.Programme.AgendaPosition(2, 1), CancellationToken.None);
        Assert.Equal("Remote Participant", Assert.Single(panelOne!.Entries).Speaker.Name);
        Assert.False(panelOne.IsOpen);
        var shown = WireCards.AllText(WireCards.OnlyCard([_connector.Sent[^1]]));
        Assert.Contains("III.2 Panel 2", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Remote Participant", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chair_listed_in_configuration_steers_without_a_meeting_role()
    {
        await _host.DisposeAsync();
        var listed = new TeamsUser("11111111-2222-3333-4444-555555555555", "Secretariat");
        _host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?> { ["Dialogue:CoChairs:0"] = listed.AadObjectId });

        using var response = await _host.SendAsync(_teams.Mention(listed, "next"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("Now: II.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_moves_the_agenda_once()
    {
        var next = _teams.Mention(Teams.Chair, "next");

        await _host.SendAsync(next);
        await _host.SendAsync(next.DeepClone());
        await _host.SendAsync(_teams.Mention(Teams.Chair, "agenda"));

        var card = WireCards.OnlyCard([_connector.Sent[^1]]);
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(card), StringComparison.Ordinal);
        Assert.Single(_connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Next_racing_with_agenda_never_leaves_the_posted_card_behind()
    {
        await Task.WhenAll(
            _host.SendAsync(_teams.Mention(Teams.Chair, "agenda")),
            _host.SendAsync(_teams.Mention(Teams.Chair, "next")));
        await _host.SettleAsync();

        var cardId = _connector.Requests.Single(r => r.Route == "send" && r.Body?["attachments"] is not null
            && WireCards.AllText(r.Body).Contains("V. Closing of the meeting", StringComparison.Ordinal)).ActivityId!;
        var latest = _connector.LastCardFor(cardId)!;
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(latest), StringComparison.Ordinal);
    }
}
