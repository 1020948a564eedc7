using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Floor;

/// <summary>`floor qr` and the floor page over HTTP, as a phone without script uses it (issue 18).</summary>
public sealed class FloorPhoneTests : ChairChatTests
{
    protected override void SetMeetingRoles(RecordingConnector connector)
    {
        base.SetMeetingRoles(connector);
        connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
    }

    [Fact]
    public async Task A_participant_is_refused_floor_qr_and_no_link_is_made()
    {
        var before = Connector.Requests.Count;
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "floor qr on"));

        var said = string.Join("\n", Connector.Requests.Skip(before).Where(r => r.Route == "send").Select(r => TextOf(r.Body!)));
        Assert.Contains("is for the co-chairs", said, StringComparison.Ordinal);
        Assert.DoesNotContain("/floor/", said, StringComparison.Ordinal);
        Assert.Null(await BotHost.Services.GetRequiredService<IFloorLinks>().FindAsync(Chat.ConversationId, CancellationToken.None));
    }

    [Fact]
    public async Task A_chair_turns_it_on_gets_the_link_privately_and_the_display_shows_it_only_while_on()
    {
        var before = Connector.Requests.Count;
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr on"));
        var token = await Phone.TokenAsync(BotHost, Chat.ConversationId);
        var sent = Connector.Requests.Skip(before).Where(r => r.Route == "send").ToList();
        var snapshots = BotHost.Services.GetRequiredService<DisplaySnapshots>();

        Assert.Equal(43, token.Length);
        Assert.Contains("Requests from phones are on", TextOf(Assert.Single(sent, r => r.ConversationId == Chat.ConversationId).Body!), StringComparison.Ordinal);
        Assert.Contains("/floor/" + token, TextOf(Assert.Single(sent, r => r.ConversationId != Chat.ConversationId).Body!), StringComparison.Ordinal);
        Assert.Equal("http://localhost:3978/floor/" + token, (await snapshots.LoadAsync(Chat.ConversationId, CancellationToken.None)).FloorLink!.Url);

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr on"));
        Assert.Equal(token, await Phone.TokenAsync(BotHost, Chat.ConversationId));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr off"));
        Assert.Null((await snapshots.LoadAsync(Chat.ConversationId, CancellationToken.None)).FloorLink);
    }

    [Fact]
    public async Task A_phone_joins_and_requests_and_is_a_room_entry_from_a_phone_on_the_chairs_card_and_ack_gives_it_the_floor()
    {
        using var phone = await OnAsync();
        var (status, form) = await phone.PageAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<label for=\"name\">", form, StringComparison.Ordinal);
        Assert.Contains("<option value=\"private sector\">", form, StringComparison.Ordinal);

        using var joined = await phone.JoinAsync("Amara Okafor", "Youth Forum", "youth");
        Assert.Equal(HttpStatusCode.SeeOther, joined.StatusCode);
        var cookie = Assert.Single(joined.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Amara", cookie, StringComparison.Ordinal);

        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "q+"));
        using var requested = await phone.ActAsync("request");
        Assert.Equal("Requested", Phone.Done(requested));
        await BotHost.SettleAsync();

        // Where the no-script form was redirected: the page with the outcome said once.
        var (_, page) = await phone.PageAsync("?" + requested.Headers.Location!.OriginalString.Split('?')[1]);
        Assert.Contains("You are number 2 in line", page, StringComparison.Ordinal);
        Assert.Contains("You are on the speakers&#39; list.", page, StringComparison.Ordinal);
        var entry = (await StoredListAsync(BotHost, Chat.ConversationId)).Entries.Single(e => e.FromPhone);
        Assert.Equal(("Amara Okafor", "Youth Forum", "youth", SpeakerChannel.Room), (entry.Speaker.Name, entry.Speaker.Organisation, entry.Speaker.Group, entry.Speaker.Channel));
        Assert.True(entry.Speaker.Id.IsPhone);
        var card = WireCards.AllText(Connector.LastCardFor(await CardIdAsync(BotHost, Chat.ConversationId))!);
        Assert.Contains("🏛📱 Amara Okafor (Youth Forum)", card, StringComparison.Ordinal);

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));
        Assert.Contains("You have the floor", (await phone.PageAsync()).Html, StringComparison.Ordinal);
        Assert.Contains(FloorOrder(Connector, Chat.ConversationId), n => n == "Amara Okafor");
        using var again = await phone.ActAsync("request");
        Assert.Equal("HasTheFloor", Phone.Done(again));
    }

    [Fact]
    public async Task Changing_my_details_while_on_the_list_corrects_my_entry_in_its_place_and_adds_nobody_who_is_not_on_it()
    {
        using var phone = await JoinedAsync("Ana Lma");
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "q+"));
        Assert.Equal("Requested", Phone.Done(await phone.ActAsync("request")));

        using var corrected = await phone.JoinAsync("Ana Lima", "UNODC");
        Assert.Equal(HttpStatusCode.SeeOther, corrected.StatusCode);
        await BotHost.SettleAsync();

        var list = await StoredListAsync(BotHost, Chat.ConversationId);
        var entry = list.Entries.Single(e => e.FromPhone);
        Assert.Equal(("Ana Lima", "UNODC", 2), (entry.Speaker.Name, entry.Speaker.Organisation, entry.Number));
        Assert.Equal(2, list.Queue.Single(o => o.Entry.FromPhone).Position);
        var card = WireCards.AllText(Connector.LastCardFor(await CardIdAsync(BotHost, Chat.ConversationId))!);
        Assert.Contains("Ana Lima (UNODC)", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Lma", card, StringComparison.Ordinal);

        // A phone that is not on the list: its new details are for its next request, and nothing is added now.
        using var other = await JoinedAsync("Bo Lund");
        using var renamed = await other.JoinAsync("Bo Lundqvist");
        Assert.Equal(HttpStatusCode.SeeOther, renamed.StatusCode);
        await BotHost.SettleAsync();
        Assert.DoesNotContain((await StoredListAsync(BotHost, Chat.ConversationId)).Entries, e => e.Speaker.Name.StartsWith("Bo", StringComparison.Ordinal));
        Assert.Equal("Requested", Phone.Done(await other.ActAsync("request")));
        Assert.Contains((await StoredListAsync(BotHost, Chat.ConversationId)).Entries, e => e.Speaker.Name == "Bo Lundqvist");
    }

    [Fact]
    public async Task A_double_submit_of_one_form_applies_once_and_answers_the_same_twice()
    {
        using var phone = await JoinedAsync("Bea Lund");
        var twice = await Task.WhenAll(phone.ActAsync("request", "form-1"), phone.ActAsync("request", "form-1"));
        Assert.All(twice, r => Assert.Equal("Requested", Phone.Done(r)));

        Assert.Equal("Withdrawn", Phone.Done(await phone.ActAsync("withdraw", "form-2")));
        Assert.Equal("Requested", Phone.Done(await phone.ActAsync("request", "form-3")));
        Assert.Equal("Withdrawn", Phone.Done(await phone.ActAsync("withdraw", "form-2")));

        var list = await StoredListAsync(BotHost, Chat.ConversationId);
        Assert.Equal(2, list.Entries.Count);
        Assert.Equal([EntryState.Withdrawn, EntryState.Waiting], list.Entries.Select(e => e.State));
        Assert.Single(list.Queue);
    }

    [Fact]
    public async Task Not_ready_keeps_the_place_and_ready_comes_back()
    {
        using var phone = await JoinedAsync("Chen Li");
        Phone.Done(await phone.ActAsync("request"));
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "q+"));

        Assert.Equal("OnHold", Phone.Done(await phone.ActAsync("hold")));
        var (_, page) = await phone.PageAsync();
        Assert.Contains("On hold — your place is kept.", page, StringComparison.Ordinal);
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));
        Assert.Equal("Resumed", Phone.Done(await phone.ActAsync("resume")));

        Assert.Contains("You are next.", (await phone.PageAsync()).Html, StringComparison.Ordinal);
        Assert.Equal("Remote Participant", (await StoredListAsync(BotHost, Chat.ConversationId)).Current!.Speaker.Name);
    }

    [Fact]
    public async Task Floor_qr_off_closes_requests_at_once_and_the_page_says_so_but_withdrawing_still_works()
    {
        using var early = await JoinedAsync("Dana Early");
        Phone.Done(await early.ActAsync("request"));
        using var late = await JoinedAsync("Eli Late");

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr off"));

        var (status, page) = await late.PageAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Requests from phones are closed.", page, StringComparison.Ordinal);
        Assert.Contains("id=\"form-request\" class=\"action\" method=\"post\" action=\"/floor/" + late.Token + "/request\" hidden", page, StringComparison.Ordinal);
        Assert.Equal("RequestsClosed", Phone.Done(await late.ActAsync("request")));
        Assert.Equal("Withdrawn", Phone.Done(await early.ActAsync("withdraw")));
        Assert.Empty((await StoredListAsync(BotHost, Chat.ConversationId)).Queue);
    }

    [Fact]
    public async Task A_rotated_token_is_404_for_page_posts_and_live_channel_and_the_new_link_keeps_the_phone_and_its_place()
    {
        using var phone = await JoinedAsync("Farah Aziz");
        Phone.Done(await phone.ActAsync("request"));
        var old = phone.Token;

        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr rotate"));

        Assert.Equal(HttpStatusCode.NotFound, (await phone.PageAsync()).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.ActAsync("withdraw")).StatusCode);
        using var hub = await BotHost.Client.PostAsync(new Uri("/floor-hub/negotiate?negotiateVersion=1&token=" + old, UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, hub.StatusCode);
        phone.Token = await Phone.TokenAsync(BotHost, Chat.ConversationId);
        Assert.NotEqual(old, phone.Token);
        using var newHub = await BotHost.Client.PostAsync(new Uri("/floor-hub/negotiate?negotiateVersion=1&token=" + phone.Token, UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, newHub.StatusCode);
        Assert.Contains("You are number 1 in line", (await phone.PageAsync()).Html, StringComparison.Ordinal);
        Assert.Equal("Withdrawn", Phone.Done(await phone.ActAsync("withdraw")));
    }

    [Theory]
    [InlineData("Ana\u0007Bell", "ordinary letters")]
    [InlineData("Ana\u202EBell", "ordinary letters")]
    [InlineData("   ", "Please type your name.")]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901", "at most 100 characters")]
    public async Task A_name_with_control_characters_or_too_long_is_refused_and_nothing_is_remembered(string name, string problem)
    {
        using var phone = await OnAsync();

        using var refused = await phone.JoinAsync(name);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(problem, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Set-Cookie"));
        Assert.Contains("<label for=\"name\">", (await phone.PageAsync()).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_not_on_the_list_is_refused()
    {
        using var phone = await OnAsync();
        using var refused = await phone.JoinAsync("Gil", group: "secret society");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Please choose your stakeholder group.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Posts_from_another_site_or_without_an_origin_are_refused()
    {
        using var phone = await JoinedAsync("Hana Ito");

        using var foreign = await phone.ActAsync("request", origin: "https://evil.example");
        using var none = await phone.ActAsync("request", origin: null);
        using var nullOrigin = await phone.ActAsync("request", origin: "null");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.StatusCode);
        var list = await BotHost.Services.GetRequiredService<ISpeakersListStore>().FindAsync(Chat.ConversationId, AgendaPosition.Item(0), CancellationToken.None);
        Assert.True(list is null || list.Entries.Count == 0);
    }

    [Fact]
    public async Task The_page_s_script_is_told_why_a_post_from_another_origin_was_refused()
    {
        // floor.js reads the refusal's message; without one it could only say the link no longer works, and a phone
        // sent to scan the QR code again is refused again.
        using var phone = await JoinedAsync("Jia Li");

        using var refused = await phone.ActAsync("request", origin: "https://proxy.example", json: true);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
        var reply = System.Text.Json.Nodes.JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(Host.Floor.PhonePageTexts.English.Forbidden, reply["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_page_and_its_json_never_carry_teams_ids_or_more_of_remote_people_than_the_display()
    {
        using var phone = await JoinedAsync("Ivo Petrov");
        await BotHost.SendAsync(Chat.Mention(Teams.Participant, "q+ to say something private"));
        using var reply = await phone.ActAsync("request", json: true);
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "ack"));

        var seen = await reply.Content.ReadAsStringAsync() + (await phone.PageAsync()).Html;
        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        Assert.Contains("\"outcome\":\"Requested\"", seen, StringComparison.Ordinal);
        foreach (var secret in new[] { Teams.Participant.AadObjectId, Teams.Chair.AadObjectId, Chat.ConversationId, "phone:" })
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch(TeamsIdPatterns.UserMri(), seen);
    }

    [Fact]
    public async Task A_made_up_token_is_404_everywhere()
    {
        using var phone = new Phone(BotHost, new string('Q', 43));
        Assert.Equal(HttpStatusCode.NotFound, (await phone.PageAsync()).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await phone.JoinAsync("Jo")).StatusCode);
        phone.Token = "..%2f..%2fappsettings.json";
        Assert.Equal(HttpStatusCode.NotFound, (await phone.PageAsync()).Status);
    }

    private async Task<Phone> OnAsync()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "floor qr on"));
        return new Phone(BotHost, await Phone.TokenAsync(BotHost, Chat.ConversationId));
    }

    private async Task<Phone> JoinedAsync(string name)
    {
        var phone = await OnAsync();
        using var joined = await phone.JoinAsync(name);
        Assert.Equal(HttpStatusCode.SeeOther, joined.StatusCode);
        return phone;
    }
}
