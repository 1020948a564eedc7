using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Agenda;

/// <summary>The agenda slice end to end: HTTP in, the recording fake Connector out.</summary>
public sealed class AgendaFlowTests : ChairChatTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    protected override void SetMeetingRoles(RecordingConnector connector)
    {
        base.SetMeetingRoles(connector);
        connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
    }

    [Fact]
    public async Task Agenda_posts_a_card_with_the_whole_seed_programme()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "agenda"));

        var card = WireCards.OnlyCard(Connector.Sent);
        var text = WireCards.AllText(card);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        foreach (var heading in new[] { "I. Opening of the meeting", "II. Briefing on the developments", "III. Spotlight on the 11th meeting", "IV. Interactive exchange", "V. Closing of the meeting" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("Monday, 15 July 2024", text, StringComparison.Ordinal);
        Assert.Contains("10:00–13:00 and 15:00–18:00 CEST", text, StringComparison.Ordinal);
        Assert.Equal(Chat.ConversationId, Connector.Requests.Single(r => r.Route == "send").ConversationId);
    }

    [Fact]
    public async Task Next_updates_the_posted_card_in_place_and_announces_the_new_item()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));
        var cardId = Connector.Requests.Single(r => r.Route == "send").ActivityId!;

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "/next"));

        var update = await Connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == cardId, Wait);
        var updated = WireCards.OnlyCard([update.Body!]);
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(updated), StringComparison.Ordinal);
        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("Now: II. Briefing on the developments", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Goto_by_roman_number_shows_the_guiding_questions_of_the_tour_de_table()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));
        var cardId = Connector.Requests.Single(r => r.Route == "send").ActivityId!;

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto IV"));

        var update = await Connector.WaitForAsync(r => r.Route == "update" && r.ActivityId == cardId, Wait);
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
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "prev"));

        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("already at the first item", StringComparison.Ordinal));
        Assert.Empty(Connector.Updates);
    }

    [Fact]
    public async Task Participant_is_politely_refused_a_chair_command_and_nothing_moves()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "next"));

        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("`next` is for the co-chairs", StringComparison.Ordinal));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));
        var latest = WireCards.OnlyCard([Connector.Sent[^1]]);
        Assert.Contains("I. Opening of the meeting", WireCards.CurrentItemText(latest), StringComparison.Ordinal);
        Assert.Empty(Connector.Updates);
    }

    [Fact]
    public async Task Card_button_moves_the_agenda_for_a_chair_and_returns_the_new_card_to_the_presser()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));

        using var response = await BotHost.SendAsync(Chat.Execute(Teams.Chair, "agenda.next"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(body["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_pressed_twice_on_the_same_card_moves_once()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));
        var fromItemI = new JsonObject { ["verb"] = "agenda.next", ["from"] = "0" };

        // Two presses of the one card (a double click, or two chairs at once): two activities, one card state.
        using var first = await BotHost.SendAsync(Chat.Execute(Teams.Chair, "agenda.next", fromItemI.DeepClone().AsObject()));
        using var second = await BotHost.SendAsync(Chat.Execute(Teams.Chair, "agenda.next", fromItemI.DeepClone().AsObject()));

        var body = JsonNode.Parse(await second.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(body["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_button_refuses_a_participant_with_an_error_only_they_see()
    {
        using var response = await BotHost.SendAsync(Chat.Execute(Teams.Participant, "agenda.next"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("NotAChair", body["value"]!["code"]!.GetValue<string>());
        Assert.Empty(Connector.Sent);
    }

    [Fact]
    public async Task Help_lists_chair_commands_only_for_chairs()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "help"));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "help"));

        var forParticipant = WireCards.AllText(WireCards.OnlyCard([Connector.Sent[0]]));
        var forChair = WireCards.AllText(WireCards.OnlyCard([Connector.Sent[1]]));
        Assert.Contains("agenda", forParticipant, StringComparison.Ordinal);
        // The syntax is Markdown-escaped on the card ("goto \<item\>"), so Teams shows it as typed.
        Assert.DoesNotContain(@"goto \<item\>", forParticipant, StringComparison.Ordinal);
        Assert.Contains(@"goto \<item\>", forChair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_gets_a_short_help_never_silence()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "dance"));

        var reply = WireCards.AllText(WireCards.OnlyCard(Connector.Sent));
        Assert.Contains("I don't know \"dance\"", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_keeps_the_current_item()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto III"));
        await BotHost.DisposeAsync();

        BotHost = await BotTestHost.StartAsync(Connector, BotHost.DatabasePath);
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));

        var card = WireCards.OnlyCard([Connector.Sent[^1]]);
        Assert.Contains("III. Spotlight", WireCards.CurrentItemText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Goto_an_unknown_item_lists_the_valid_ones()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto IX"));

        var text = Connector.Sent.Single()["text"]!.GetValue<string>();
        Assert.Contains("no agenda item \"IX\"", text, StringComparison.Ordinal);
        Assert.Contains("I, II, III, III.1, III.2, IV, V", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Next_walks_into_the_panels_of_item_III_and_goto_names_a_panel()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));
        var cardId = Connector.Requests.Single(r => r.Route == "send").ActivityId!;
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto III"));

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "next"));

        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now: III.1 Panel 1: Preventing", StringComparison.Ordinal));
        var card = Connector.LastCardFor(cardId)!;
        Assert.Contains("▶ III.1 Panel 1", WireCards.AllText(card), StringComparison.Ordinal);

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto panel 2"));
        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now: III.2 Panel 2: Protection", StringComparison.Ordinal));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "next"));
        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now: IV. Interactive exchange", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_panel_has_its_own_speakers_list()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto III.1"));
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "q+"));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "goto III.2"));

        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "q?"));

        var lists = BotHost.Services.GetRequiredService<TeamsDialogueBot.Domain.Queue.ISpeakersListStore>();
        var panelOne = await lists.FindAsync(Chat.ConversationId, new TeamsDialogueBot.Domain.Programme.AgendaPosition(2, 1), CancellationToken.None);
        Assert.Equal("Remote Participant", Assert.Single(panelOne!.Entries).Speaker.Name);
        Assert.False(panelOne.IsOpen);
        var shown = WireCards.AllText(WireCards.OnlyCard([Connector.Sent[^1]]));
        Assert.Contains("III.2 Panel 2", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Remote Participant", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chair_listed_in_configuration_steers_without_a_meeting_role()
    {
        await BotHost.DisposeAsync();
        var listed = new TeamsUser("11111111-2222-3333-4444-555555555555", "Secretariat");
        BotHost = await BotTestHost.StartAsync(Connector, settings: new Dictionary<string, string?> { ["Dialogue:CoChairs:0"] = listed.AadObjectId });

        using var response = await BotHost.SendAsync(Chat.Mention(listed, "next"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").Contains("Now: II.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_moves_the_agenda_once()
    {
        var next = Chat.Mention(Teams.Chair, "next");

        await BotHost.SendAsync(next);
        await BotHost.SendAsync(next.DeepClone());
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda"));

        var card = WireCards.OnlyCard([Connector.Sent[^1]]);
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(card), StringComparison.Ordinal);
        Assert.Single(Connector.Sent, a => (a["text"]?.GetValue<string>() ?? "").StartsWith("**Now:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Next_racing_with_agenda_never_leaves_the_posted_card_behind()
    {
        await Task.WhenAll(
            BotHost.SendAsync(Chat.Mention(Teams.Chair, "agenda")),
            BotHost.SendAsync(Chat.Mention(Teams.Chair, "next")));
        await BotHost.SettleAsync();

        var cardId = Connector.Requests.Single(r => r.Route == "send" && r.Body?["attachments"] is not null
            && WireCards.AllText(r.Body).Contains("V. Closing of the meeting", StringComparison.Ordinal)).ActivityId!;
        var latest = Connector.LastCardFor(cardId)!;
        Assert.Contains("II. Briefing", WireCards.CurrentItemText(latest), StringComparison.Ordinal);
    }
}
