using System.Text.Json.Nodes;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Queue;

/// <summary>The speakers' list end to end: HTTP in, the recording fake Connector out, state in SQLite.</summary>
public sealed class QueueFlowTests : IAsyncLifetime
{
    private static readonly TeamsUser Eva = User(1, "Eva Novak");
    private static readonly TeamsUser Farid = User(2, "Farid Haddad");
    private static readonly TeamsUser Grace = User(3, "Grace Obi");
    private static readonly TeamsUser Hana = User(4, "Hana Sato");
    private static readonly TeamsUser Ivan = User(5, "Ivan Petrov");
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        foreach (var user in new[] { Teams.Participant, Eva, Farid, Grace, Hana, Ivan })
        {
            _connector.SetMeetingRole(user.AadObjectId, "Attendee");
        }

        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("fifo", "Farid Haddad|Amina Diallo|Eva Novak|Grace Obi|Hana Sato|Bruno Costa|Ivan Petrov|Chen Yu")]
    [InlineData("first-time-first", "Farid Haddad|Amina Diallo|Grace Obi|Hana Sato|Bruno Costa|Ivan Petrov|Chen Yu|Eva Novak")]
    [InlineData("alternate", "Amina Diallo|Farid Haddad|Bruno Costa|Eva Novak|Chen Yu|Grace Obi|Hana Sato|Ivan Petrov")]
    [InlineData("groups", "Amina Diallo|Grace Obi|Bruno Costa|Chen Yu|Farid Haddad|Ivan Petrov|Eva Novak|Hana Sato")]
    public async Task Tour_de_table_of_three_room_and_five_remote_speakers_follows_the_policy(string policy, string expected)
    {
        await ChairSaysAsync("policy " + policy);
        foreach (var (user, group) in new[] { (Eva, "NGO"), (Farid, "NGO"), (Grace, "private sector"), (Hana, "NGO"), (Ivan, "academia") })
        {
            await SayAsync(user, "profile org Civil Society Forum group " + group);
        }

        // Eva speaks first, then asks again: a second intervention.
        await SayAsync(Eva, "q+");
        await ChairSaysAsync("ack");
        await SayAsync(Farid, "q+ to say on the review mechanism");
        await ChairSaysAsync("q+ Amina Diallo room org UNODC group academia");
        await SayAsync(Eva, "hand");
        await SayAsync(Grace, "q+");
        await SayAsync(Hana, "q+");
        await ChairSaysAsync("q+ Bruno Costa room group youth");
        await SayAsync(Ivan, "q+");
        await ChairSaysAsync("q+ Chen Yu room");
        for (var i = 0; i < 8; i++)
        {
            await ChairSaysAsync("ack");
        }

        var order = FloorOrder(_connector, _teams.ConversationId);
        Assert.Equal(["Eva Novak", .. expected.Split('|')], order);
        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(9, list.Entries.Count);
        Assert.Empty(list.Queue);
    }

    [Fact]
    public async Task Remote_speaker_is_mentioned_for_real_and_the_next_remote_one_gets_a_private_heads_up()
    {
        await SayAsync(Eva, "q+");
        await SayAsync(Farid, "q+");
        await ChairSaysAsync("q+ Amina Diallo room");

        await ChairSaysAsync("ack");

        var announcement = SentIn(_connector, _teams.ConversationId).Single(a => TextOf(a).Contains("the floor is yours", StringComparison.Ordinal));
        Assert.StartsWith("🎙 <at>Eva Novak</at> (remote), the floor is yours — 3:00", TextOf(announcement), StringComparison.Ordinal);
        var mention = announcement["entities"]!.AsArray().Single()!;
        Assert.Equal("mention", mention["type"]!.GetValue<string>());
        Assert.Equal("<at>Eva Novak</at>", mention["text"]!.GetValue<string>());
        Assert.Equal("29:" + Eva.AadObjectId, mention["mentioned"]!["id"]!.GetValue<string>());

        var create = _connector.Requests.Single(r => r.Route == "create");
        Assert.Equal("29:" + Farid.AadObjectId, create.Body!["members"]![0]!["id"]!.GetValue<string>());
        var headsUp = _connector.Requests.Single(r => r.Route == "send" && r.ConversationId != _teams.ConversationId);
        Assert.Contains("You are next", TextOf(headsUp.Body!), StringComparison.Ordinal);

        await ChairSaysAsync("ack");
        Assert.Contains(SentIn(_connector, _teams.ConversationId), a => TextOf(a).StartsWith("🎙 <at>Farid Haddad</at>", StringComparison.Ordinal));
        await ChairSaysAsync("ack");
        Assert.Contains(SentIn(_connector, _teams.ConversationId), a => TextOf(a).StartsWith("🎙 **Amina Diallo** (in the room), the floor is yours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Holds_keep_the_place_withdrawals_leave_and_asking_twice_never_duplicates()
    {
        await SayAsync(Eva, "q+");
        await SayAsync(Farid, "q+");
        await SayAsync(Farid, "q+");
        await SayAsync(Grace, "q+ to say a point");
        await SayAsync(Eva, "hold");

        await ChairSaysAsync("ack");
        await SayAsync(Grace, "q-");
        await ChairSaysAsync("ack");
        await SayAsync(Eva, "ready");
        await ChairSaysAsync("ack");

        Assert.Equal(["Farid Haddad", "Eva Novak"], FloorOrder(_connector, _teams.ConversationId));
        Assert.Contains(SentIn(_connector, _teams.ConversationId), a => TextOf(a).Contains("Thank you, Farid Haddad. Nobody else is waiting.", StringComparison.Ordinal));
        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(3, list.Entries.Count);
        Assert.Equal(EntryState.Withdrawn, list.Entries.Single(e => e.Speaker.Name == "Grace Obi").State);
    }

    [Fact]
    public async Task Participant_is_refused_chair_commands_and_nothing_changes()
    {
        await SayAsync(Eva, "q+");
        var before = await StoredListAsync(_host, _teams.ConversationId);

        foreach (var command in new[] { "ack", "skip", "remove 1", "move 1 1", "queue close", "policy groups", "time 1:00", "q+ Someone Else room" })
        {
            await SayAsync(Farid, command);
        }

        var refusals = SentIn(_connector, _teams.ConversationId).Select(TextOf).Where(t => t.Contains("is for the co-chairs", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, refusals.Count);
        Assert.Contains(refusals, t => t.StartsWith("Sorry — `queue close` is for the co-chairs", StringComparison.Ordinal));
        var after = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(FloorOrder(_connector, _teams.ConversationId));
    }

    [Fact]
    public async Task Move_or_remove_of_an_unknown_entry_tells_the_chair_the_valid_positions()
    {
        await SayAsync(Eva, "q+");
        await SayAsync(Farid, "q+");

        await ChairSaysAsync("move 7 1");
        await ChairSaysAsync("remove Nobody");
        await ChairSaysAsync("move Farid 1");

        var texts = SentIn(_connector, _teams.ConversationId).Select(TextOf).ToList();
        Assert.Equal(2, texts.Count(t => t.Contains("Valid positions: 1–2: 1 Eva Novak, 2 Farid Haddad.", StringComparison.Ordinal)));
        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal("Farid Haddad", list.Queue[0].Entry.Speaker.Name);
        Assert.Contains(list.Audit, a => a.Action == "move" && a.ActorName == Teams.Chair.Name);
    }

    [Fact]
    public async Task Typed_names_and_topics_cannot_inject_markdown_links_or_mentions()
    {
        await ChairSaysAsync("q+ [Click](https://evil.example) room to say <at>Everyone</at> **now**");
        await ChairSaysAsync("ack");

        var announcement = TextOf(SentIn(_connector, _teams.ConversationId).Single(a => TextOf(a).Contains("the floor is yours", StringComparison.Ordinal)));
        Assert.Contains(@"\[Click\]\(https://evil.example\)", announcement, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", announcement, StringComparison.Ordinal);
        Assert.DoesNotContain("**now**", announcement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_agenda_opens_the_new_items_list_posts_its_card_and_closes_the_previous_one()
    {
        await SayAsync(Eva, "q+");
        await ChairSaysAsync("next");
        await SayAsync(Farid, "q+");

        var first = await StoredListAsync(_host, _teams.ConversationId, item: 0);
        var second = await StoredListAsync(_host, _teams.ConversationId, item: 1);
        Assert.False(first.IsOpen);
        Assert.True(second.IsOpen);
        Assert.Equal("Farid Haddad", Assert.Single(second.Entries).Speaker.Name);
        Assert.NotEqual(await CardIdAsync(_host, _teams.ConversationId, 0), await CardIdAsync(_host, _teams.ConversationId, 1));
        await IdleAsync(_host);
        var closedCard = WireCards.AllText(_connector.LastCardFor(await CardIdAsync(_host, _teams.ConversationId, 0))!);
        Assert.Contains("Closed", closedCard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_the_agenda_ends_the_intervention_of_whoever_still_had_the_floor_and_calls_nobody()
    {
        await SayAsync(Eva, "q+");
        await SayAsync(Farid, "q+");
        await ChairSaysAsync("ack");
        await ChairSaysAsync("next");

        var first = await StoredListAsync(_host, _teams.ConversationId, item: 0);
        Assert.Null(first.Current);
        var eva = first.Entries.Single(e => e.Speaker.Name == "Eva Novak");
        Assert.Equal(EntryState.Done, eva.State);
        Assert.NotNull(eva.EndedAt);
        Assert.Equal(EntryState.Waiting, first.Entries.Single(e => e.Speaker.Name == "Farid Haddad").State);

        // Her speaking time stops at the move: it does not run on while the meeting moves through other items.
        var ended = eva.EndedAt!.Value;
        await ChairSaysAsync("next");
        Assert.Equal(ended, (await StoredListAsync(_host, _teams.ConversationId, item: 0)).Entries.Single(e => e.Speaker.Name == "Eva Novak").EndedAt);
    }

    [Fact]
    public async Task Saving_a_profile_while_the_list_is_closed_still_corrects_the_queued_entry()
    {
        await SayAsync(Eva, "q+ to say a point");
        await ChairSaysAsync("queue close");

        await _host.SendAsync(_teams.Execute(Eva, "queue.profile.save", new() { ["org"] = "UNODC", ["group"] = "academia", ["channel"] = "Room" }));

        var entry = (await StoredListAsync(_host, _teams.ConversationId)).Queue.Single().Entry;
        Assert.Equal("UNODC", entry.Speaker.Organisation);
        Assert.Equal("academia", entry.Speaker.Group);
        Assert.Equal(SpeakerChannel.Room, entry.Speaker.Channel);
        Assert.Equal("a point", entry.Topic);
    }

    [Fact]
    public async Task A_request_naming_a_guiding_question_the_programme_lacks_is_refused_and_changes_nothing()
    {
        await SayAsync(Eva, "q+ Q3 to say a point");
        var before = await StoredListAsync(_host, _teams.ConversationId);

        await SayAsync(Farid, "q+ Q99 to say another");
        await ChairSaysAsync("q+ Chen Yu room Q500");

        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(3, Assert.Single(list.Queue).Entry.GuidingQuestion);
        Assert.Equal(before.Version, list.Version);
        var replies = SentIn(_connector, _teams.ConversationId).Select(TextOf).ToList();
        Assert.Contains(replies, t => t.StartsWith("There is no guiding question q99; the programme has q1–q", StringComparison.Ordinal) && t.EndsWith("Nothing was changed.", StringComparison.Ordinal));
        Assert.Contains(replies, t => t.StartsWith("There is no guiding question q500;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typed_profile_corrects_details_given_only_with_the_request()
    {
        // `q+ room` puts "room" on the entry alone; her stored profile still says remote. Correcting it back must still
        // reach the entry, though it matches what is stored.
        await SayAsync(Eva, "q+ room org UNODC");
        Assert.Equal(SpeakerChannel.Room, Assert.Single((await StoredListAsync(_host, _teams.ConversationId)).Queue).Entry.Speaker.Channel);

        await SayAsync(Eva, "profile remote");

        Assert.Equal(SpeakerChannel.Remote, Assert.Single((await StoredListAsync(_host, _teams.ConversationId)).Queue).Entry.Speaker.Channel);
    }

    [Fact]
    public async Task A_quoted_name_is_found_by_ack_move_and_remove_too()
    {
        await SayAsync(Eva, "q+");
        await ChairSaysAsync("q+ \"To Huu\" room");
        await ChairSaysAsync("q+ “Room to Read” room");

        await ChairSaysAsync("move \"To Huu\" 1");
        Assert.Equal("To Huu", (await StoredListAsync(_host, _teams.ConversationId)).Queue[0].Entry.Speaker.Name);
        await ChairSaysAsync("remove “Room to Read”");
        await ChairSaysAsync("ack \"To Huu\"");

        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal("To Huu", list.Current!.Speaker.Name);
        Assert.Equal(EntryState.Withdrawn, list.Entries.Single(e => e.Speaker.Name == "Room to Read").State);
    }

    [Fact]
    public async Task A_chair_quotes_a_name_or_organisation_that_holds_a_keyword()
    {
        // As Teams delivers it: the quotes HTML-encoded, and curly ones from a phone's keyboard.
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ &quot;To Huu&quot; room org “Room to Read” to say on literacy"));

        var entry = Assert.Single((await StoredListAsync(_host, _teams.ConversationId)).Queue).Entry;
        Assert.Equal(("To Huu", "Room to Read", SpeakerChannel.Room, "on literacy"), (entry.Speaker.Name, entry.Speaker.Organisation, entry.Speaker.Channel, entry.Topic));
    }

    [Fact]
    public async Task A_typed_profile_corrects_the_queued_entry_as_the_card_does()
    {
        await SayAsync(Eva, "q+ to say a point");
        await SayAsync(Farid, "q+");
        var before = await StoredListAsync(_host, _teams.ConversationId);

        await SayAsync(Eva, "profile room org UNODC group academia");

        var list = await StoredListAsync(_host, _teams.ConversationId);
        var eva = list.Queue.Single(o => o.Entry.Speaker.Name == "Eva Novak");
        Assert.Equal(("UNODC", "academia", SpeakerChannel.Room), (eva.Entry.Speaker.Organisation, eva.Entry.Speaker.Group, eva.Entry.Speaker.Channel));
        Assert.Equal((1, "a point"), (eva.Position, eva.Entry.Topic));
        Assert.Equal(before.Version + 1, list.Version);

        // The same details again change nothing: no new version.
        await SayAsync(Eva, "profile room org UNODC group academia");
        Assert.Equal(list.Version, (await StoredListAsync(_host, _teams.ConversationId)).Version);
    }

    [Fact]
    public async Task Saving_a_profile_from_a_card_of_an_unknown_item_is_refused_and_stores_nothing()
    {
        await _host.SendAsync(_teams.Execute(Eva, "queue.profile.save", new() { ["org"] = "UNODC", ["group"] = "academia", ["channel"] = "Room", ["item"] = "99" }));
        await SayAsync(Eva, "profile");

        var reply = SentIn(_connector, _teams.ConversationId).Select(TextOf).Single(t => t.StartsWith("Eva Novak:", StringComparison.Ordinal));
        Assert.DoesNotContain("UNODC", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("academia", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("queue.ack")]
    [InlineData("queue.skip")]
    public async Task A_chair_button_pressed_twice_on_one_card_acts_on_the_head_of_the_line_once(string verb)
    {
        await SayAsync(Eva, "q+");
        await SayAsync(Farid, "q+");
        await SayAsync(Grace, "q+");
        var pressed = await ChairButtonDataAsync(await ChairViewAsync(), verb);

        // Two presses of the one card (two chairs at once, or a double click before Teams refreshed it).
        using var first = await _host.SendAsync(_teams.Execute(Teams.Chair, verb, pressed.DeepClone().AsObject()));
        using var second = await _host.SendAsync(_teams.Execute(Teams.Chair, verb, pressed.DeepClone().AsObject()));

        var list = await StoredListAsync(_host, _teams.ConversationId);
        var states = list.Entries.ToDictionary(e => e.Speaker.Name, e => e.State);
        var expected = verb == "queue.ack" ? EntryState.Speaking : EntryState.Skipped;
        Assert.Equal([expected, EntryState.Waiting, EntryState.Waiting], [states["Eva Novak"], states["Farid Haddad"], states["Grace Obi"]]);
        Assert.Equal(verb == "queue.ack" ? ["Eva Novak"] : [], FloorOrder(_connector, _teams.ConversationId));

        // The second presser is shown the line as it now is; that card's button acts on the new head.
        var current = await ChairButtonDataAsync(second, verb);
        Assert.Equal(list.HeadMark, current["head"]!.GetValue<string>());
        using var third = await _host.SendAsync(_teams.Execute(Teams.Chair, verb, current.DeepClone().AsObject()));
        var after = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(verb == "queue.ack" ? EntryState.Speaking : EntryState.Skipped, after.Entries.Single(e => e.Speaker.Name == "Farid Haddad").State);
        Assert.Equal(EntryState.Waiting, after.Entries.Single(e => e.Speaker.Name == "Grace Obi").State);
    }

    [Fact]
    public async Task Ack_from_a_card_without_the_head_it_showed_still_calls_the_next_speaker()
    {
        // Cards posted before the head was carried on the buttons are still in chats: they act as they always did.
        await SayAsync(Eva, "q+");
        await SayAsync(Farid, "q+");

        using var first = await _host.SendAsync(_teams.Execute(Teams.Chair, "queue.ack", new() { ["verb"] = "queue.ack", ["item"] = "0" }));
        using var second = await _host.SendAsync(_teams.Execute(Teams.Chair, "queue.ack", new() { ["verb"] = "queue.ack", ["item"] = "0" }));

        Assert.Equal(["Eva Novak", "Farid Haddad"], FloorOrder(_connector, _teams.ConversationId));
    }

    private async Task<HttpResponseMessage> ChairViewAsync() =>
        await _host.SendAsync(_teams.Execute(Teams.Chair, "queue.refresh", new() { ["verb"] = "queue.refresh", ["item"] = "0" }));

    // The data of the chair card's button with this verb, from an invoke response carrying a card.
    private static async Task<JsonObject> ChairButtonDataAsync(HttpResponseMessage response, string verb)
    {
        using (response)
        {
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
            var button = Descendants(body["value"]!).Single(n => n["type"]?.GetValue<string>() == "Action.Execute" && n["verb"]?.GetValue<string>() == verb);
            return button["data"]!.AsObject();
        }
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node) => node switch
    {
        JsonObject o => [o, .. o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants)],
        JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants),
        _ => [],
    };

    private Task ChairSaysAsync(string command) => SayAsync(Teams.Chair, command);

    private async Task SayAsync(TeamsUser user, string command) => await _host.SendAsync(_teams.Mention(user, command));
}
