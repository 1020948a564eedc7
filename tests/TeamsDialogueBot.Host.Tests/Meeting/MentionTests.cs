using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>A chair naming a Teams user by @mention: she is entered and called as herself, not as a typed room name.</summary>
public sealed class MentionTests : IAsyncLifetime
{
    private static readonly TeamsUser Ana = User(7, "Ana Lima");
    private static readonly TeamsUser Farid = User(8, "Farid Haddad");
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _connector.SetMeetingRole(Ana.AadObjectId, "Attendee");
        _connector.SetMeetingRole(Farid.AadObjectId, "Attendee");

        // GET members/{mri} is how the bot learns her Entra object id from the mention's MRI.
        _connector.SetMember(MriOf(Ana), Ana.Name, Ana.AadObjectId);
        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_chairs_q_plus_mention_enters_her_as_remote_under_her_own_id_so_her_own_q_minus_works()
    {
        await _host.SendAsync(ChairMentioning(Ana, "q+ <at>Ana Lima</at> org UNODC group NGO"));

        var entry = Assert.Single((await StoredListAsync(_host, _teams.ConversationId)).Queue).Entry;
        Assert.Equal(new ParticipantId(Ana.AadObjectId), entry.Speaker.Id);
        Assert.Equal(SpeakerChannel.Remote, entry.Speaker.Channel);
        Assert.Equal("Ana Lima", entry.Speaker.Name);
        Assert.Equal("UNODC", entry.Speaker.Organisation);
        Assert.Contains(_connector.Requests, r => r.Route == "member" && r.Path.EndsWith(MriOf(Ana), StringComparison.Ordinal));

        await _host.SendAsync(_teams.Mention(Ana, "q-"));

        Assert.Empty((await StoredListAsync(_host, _teams.ConversationId)).Queue);
    }

    [Fact]
    public async Task Ack_with_a_mention_gives_her_the_floor_with_a_real_mention_and_her_own_hold_works_before()
    {
        await _host.SendAsync(_teams.Mention(Farid, "q+"));
        await _host.SendAsync(ChairMentioning(Ana, "q+ <at>Ana Lima</at>"));
        await _host.SendAsync(_teams.Mention(Ana, "hold"));
        Assert.Equal(EntryState.OnHold, (await StoredListAsync(_host, _teams.ConversationId)).Queue.Single(o => o.Entry.Speaker.Name == "Ana Lima").Entry.State);

        await _host.SendAsync(ChairMentioning(Ana, "ack <at>Ana Lima</at>"));

        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(new ParticipantId(Ana.AadObjectId), list.Current!.Speaker.Id);
        var announcement = SentIn(_connector, _teams.ConversationId).Single(a => TextOf(a).Contains("the floor is yours", StringComparison.Ordinal));
        Assert.StartsWith("🎙 <at>Ana Lima</at>", TextOf(announcement), StringComparison.Ordinal);
        Assert.Contains(announcement["entities"]!.AsArray(), e => e!["mentioned"]?["id"]?.GetValue<string>() == MriOf(Ana));
    }

    [Fact]
    public async Task Move_skip_and_remove_take_a_mention_and_act_on_her_entry_not_a_room_entry_of_the_same_name()
    {
        await _host.SendAsync(_teams.Mention(Farid, "q+"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ Ana Lima room"));
        await _host.SendAsync(ChairMentioning(Ana, "q+ <at>Ana Lima</at>"));

        await _host.SendAsync(ChairMentioning(Ana, "move <at>Ana Lima</at> 1"));
        var moved = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(new ParticipantId(Ana.AadObjectId), moved.Queue[0].Entry.Speaker.Id);

        // Farid's own q+ stored his Teams ids: his mention is found without asking Teams.
        await _host.SendAsync(ChairMentioning(Farid, "skip <at>Farid Haddad</at>"));
        await _host.SendAsync(ChairMentioning(Ana, "remove <at>Ana Lima</at>"));

        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(EntryState.Skipped, list.Entries.Single(e => e.Speaker.Name == "Farid Haddad").State);
        Assert.Equal(EntryState.Withdrawn, list.Entries.Single(e => e.Speaker.Id == new ParticipantId(Ana.AadObjectId)).State);
        var left = Assert.Single(list.Queue).Entry;
        Assert.True(left.Speaker.Id.IsTypedName);
        Assert.Equal("Ana Lima", left.Speaker.Name);
    }

    [Fact]
    public async Task Remove_skip_or_move_of_a_mentioned_user_not_in_the_line_touch_no_room_entry_of_her_name()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ Ana Lima room"));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "q+ Ana Limaverde room"));

        await _host.SendAsync(ChairMentioning(Ana, "remove <at>Ana Lima</at>"));
        await _host.SendAsync(ChairMentioning(Ana, "skip <at>Ana Lima</at>"));
        await _host.SendAsync(ChairMentioning(Ana, "move <at>Ana Lima</at> 2"));

        var list = await StoredListAsync(_host, _teams.ConversationId);
        Assert.Equal(["Ana Lima", "Ana Limaverde"], list.Queue.Select(o => o.Entry.Speaker.Name));
        Assert.All(list.Entries, e => Assert.Equal(EntryState.Waiting, e.State));
        Assert.Equal(3, SentIn(_connector, _teams.ConversationId).Count(a => TextOf(a).Contains("1 Ana Lima", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_mention_of_a_name_with_an_ideographic_space_enters_that_Teams_user()
    {
        // Japanese Entra names often separate family and given name with U+3000; commands read it as ' '.
        var yamada = User(11, "山田\u3000太郎");
        _connector.SetMember(MriOf(yamada), yamada.Name, yamada.AadObjectId);

        await _host.SendAsync(ChairMentioning(yamada, "q+ <at>山田\u3000太郎</at>"));

        var entry = Assert.Single((await StoredListAsync(_host, _teams.ConversationId)).Queue).Entry;
        Assert.Equal(new ParticipantId(yamada.AadObjectId), entry.Speaker.Id);
        Assert.Equal(SpeakerChannel.Remote, entry.Speaker.Channel);
    }

    [Fact]
    public async Task A_mentioned_speaker_who_is_next_gets_the_private_heads_up()
    {
        await _host.SendAsync(_teams.Mention(Farid, "q+"));
        await _host.SendAsync(ChairMentioning(Ana, "q+ <at>Ana Lima</at>"));

        await _host.SendAsync(_teams.Mention(Teams.Chair, "ack"));

        var create = Assert.Single(_connector.Requests, r => r.Route == "create");
        Assert.Equal(MriOf(Ana), create.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(_connector.Sent, a => TextOf(a).StartsWith("You are next on the speakers' list", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_mention_entity_that_does_not_match_the_text_leaves_a_typed_room_entry()
    {
        var activity = _teams.Mention(Teams.Chair, "q+ <at>Ana Lima</at> org UNODC");
        activity["entities"]!.AsArray().Add(MentionOf("29:someone-else", "Someone Else"));

        await _host.SendAsync(activity);

        var entry = Assert.Single((await StoredListAsync(_host, _teams.ConversationId)).Queue).Entry;
        Assert.True(entry.Speaker.Id.IsTypedName);
        Assert.Equal("Ana Lima", entry.Speaker.Name);
        Assert.Equal(SpeakerChannel.Room, entry.Speaker.Channel);
    }

    [Fact]
    public async Task A_participant_mentioning_someone_is_refused_and_nothing_changes()
    {
        await _host.SendAsync(ParticipantMentioning(Farid, Ana, "q+ <at>Ana Lima</at>"));

        Assert.Null(await _host.Services.GetService<ISpeakersListStore>()!.FindAsync(_teams.ConversationId, TeamsDialogueBot.Domain.Programme.AgendaPosition.Item(0), CancellationToken.None));
        Assert.Contains(SentIn(_connector, _teams.ConversationId), a => TextOf(a).Contains("co-chairs", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task When_Teams_does_not_answer_the_member_lookup_in_time_the_q_plus_still_enters_her_under_her_Teams_id()
    {
        // The Connector's HttpClient timing out ends the lookup cancelled, not faulted; it used to fail the turn with a 500.
        var leila = User(9, "Leila Farouk");
        await using var host = await BotTestHost.StartAsync(_connector, configure: web => web.ConfigureTestServices(services =>
            services.AddSingleton<IConnectorClient>(sp => new MemberLookupTimesOut(new ConnectorClient(
                sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<ILogger<ConnectorClient>>(), sp.GetRequiredService<TimeProvider>())))));

        await host.SendAsync(ChairMentioning(leila, "q+ <at>Leila Farouk</at>"));

        var entry = Assert.Single((await StoredListAsync(host, _teams.ConversationId)).Queue).Entry;
        Assert.Equal("Leila Farouk", entry.Speaker.Name);
        Assert.Equal(SpeakerChannel.Remote, entry.Speaker.Channel);
        Assert.Equal(new ParticipantId(MriOf(leila)), entry.Speaker.Id);
    }

    private static string MriOf(TeamsUser user) => "29:" + user.AadObjectId;

    private JsonObject ChairMentioning(TeamsUser who, string command) => ParticipantMentioning(Teams.Chair, who, command);

    private JsonObject ParticipantMentioning(TeamsUser from, TeamsUser who, string command)
    {
        var activity = _teams.Mention(from, command);
        activity["entities"]!.AsArray().Add(MentionOf(MriOf(who), who.Name));
        return activity;
    }

    private static JsonObject MentionOf(string mri, string name) => new()
    {
        ["type"] = "mention",
        ["text"] = $"<at>{name}</at>",
        ["mentioned"] = new JsonObject { ["id"] = mri, ["name"] = name },
    };

    private sealed class MemberLookupTimesOut(IConnectorClient inner) : IConnectorClient
    {
        public Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
            Task.FromException<ChannelAccount?>(new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing."));

        public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
            inner.SendAsync(serviceUrl, conversationId, activity, cancellationToken);

        public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
            inner.ReplyAsync(serviceUrl, conversationId, replyToId, activity, cancellationToken);

        public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
            inner.UpdateAsync(serviceUrl, conversationId, activityId, activity, cancellationToken);

        public Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, ChannelAccount bot, ChannelAccount user, CancellationToken cancellationToken) =>
            inner.CreatePersonalConversationAsync(serviceUrl, tenantId, bot, user, cancellationToken);

        public Task<MeetingParticipant?> GetMeetingParticipantAsync(string serviceUrl, string meetingId, string participantAadId, string tenantId, CancellationToken cancellationToken) =>
            inner.GetMeetingParticipantAsync(serviceUrl, meetingId, participantAadId, tenantId, cancellationToken);

        public Task<MeetingInfo?> GetMeetingInfoAsync(string serviceUrl, string meetingId, CancellationToken cancellationToken) =>
            inner.GetMeetingInfoAsync(serviceUrl, meetingId, cancellationToken);
    }
}
