using Moq;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Turns;

/// <summary>
/// The batch's read brings the callers' profiles and the current item's list; what it looked for and did not find is
/// not there, and the session does not ask the store again (issue 17: every `q+` of someone new, and the first of an
/// item, cost a second query).
/// </summary>
public sealed class ConversationSessionReadTests
{
    private const string Conversation = "19:meeting_profiles@thread.v2";
    private static readonly ParticipantId Ana = new("aad-ana");
    private static readonly ParticipantId Ben = new("aad-ben");
    private static readonly Speaker BenProfile = new(Ben, "Ben Okafor", "Civil Society Forum", "academia", SpeakerChannel.Remote);

    private readonly Mock<IParticipantProfileStore> _profiles = new(MockBehavior.Strict);
    private readonly Mock<ISpeakersListStore> _lists = new(MockBehavior.Strict);

    [Fact]
    public async Task A_caller_the_read_found_no_profile_for_has_none_without_asking_the_store()
    {
        var session = Session(asked: [Ana, Ben], found: [BenProfile]);

        Assert.Null(await session.ProfileAsync(Ana, CancellationToken.None));
        Assert.Equal(BenProfile, await session.ProfileAsync(Ben, CancellationToken.None));
        _profiles.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Someone_the_read_did_not_look_for_is_looked_up_in_the_store_once()
    {
        var cai = new ParticipantId("aad-cai");
        var caiProfile = new Speaker(cai, "Cai Wen", null, "private-sector", SpeakerChannel.Room);
        _profiles.Setup(s => s.FindAsync(Conversation, cai, It.IsAny<CancellationToken>())).ReturnsAsync(caiProfile);
        var session = Session(asked: [Ana], found: []);

        Assert.Equal(caiProfile, await session.ProfileAsync(cai, CancellationToken.None));
        Assert.Equal(caiProfile, await session.ProfileAsync(cai, CancellationToken.None));
        _profiles.Verify(s => s.FindAsync(Conversation, cai, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_profile_saved_in_the_batch_replaces_the_none_the_read_found()
    {
        var session = Session(asked: [Ana], found: []);
        var saved = new Speaker(Ana, "Ana Lima", "UNODC", "NGO", SpeakerChannel.Room);

        session.SaveProfile(saved, "29:ana");

        Assert.Equal(saved, await session.ProfileAsync(Ana, CancellationToken.None));
        _profiles.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task The_current_items_list_the_read_did_not_find_is_a_fresh_one_without_asking_the_store()
    {
        var session = Session(asked: [], found: [], listLookedFor: AgendaPosition.Item(0));

        var list = await session.ListAsync(AgendaPosition.Item(0), CancellationToken.None);

        Assert.Empty(list.Entries);
        Assert.Equal(AgendaPosition.Item(0), list.Position);
        _lists.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Another_items_list_is_looked_up_in_the_store()
    {
        var stored = SpeakersList.Create(Conversation, AgendaPosition.Item(2), TimeSpan.FromMinutes(3));
        stored.Open(Actor.System, DateTimeOffset.UnixEpoch);
        _lists.Setup(s => s.FindAsync(Conversation, AgendaPosition.Item(2), It.IsAny<CancellationToken>())).ReturnsAsync(stored);
        var session = Session(asked: [], found: [], listLookedFor: AgendaPosition.Item(0));

        Assert.Same(stored, await session.ListAsync(AgendaPosition.Item(2), CancellationToken.None));
        _lists.Verify(s => s.FindAsync(Conversation, AgendaPosition.Item(2), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Without_word_of_where_the_read_looked_the_store_is_asked()
    {
        _lists.Setup(s => s.FindAsync(Conversation, AgendaPosition.Item(0), It.IsAny<CancellationToken>())).ReturnsAsync((SpeakersList?)null);
        var session = Session(asked: [], found: [], listLookedFor: null);

        _ = await session.ListAsync(AgendaPosition.Item(0), CancellationToken.None);

        _lists.Verify(s => s.FindAsync(Conversation, AgendaPosition.Item(0), It.IsAny<CancellationToken>()), Times.Once);
    }

    private ConversationSession Session(IReadOnlyCollection<ParticipantId> asked, IEnumerable<Speaker> found, AgendaPosition? listLookedFor = null)
    {
        var reference = new ConversationReference { ConversationId = Conversation, ServiceUrl = "https://smba.example/", BotId = "28:bot" };
        var read = new ConversationRead(null, null, new Dictionary<string, ActivityClaim>(), found.ToDictionary(p => p.Id))         {
            ProfilesAskedFor = asked,
            CurrentListLookedFor = listLookedFor,
        };
        var stores = new SessionStores(
            _lists.Object, _profiles.Object, Mock.Of<IPollStore>(MockBehavior.Strict), Mock.Of<IQuestionBoardStore>(MockBehavior.Strict))
        {
            Inputs = Mock.Of<IInputStore>(MockBehavior.Strict),
        };
        return new ConversationSession(Conversation, reference, read, stores, ProgrammeLoader.LoadBuiltIn(), DateTimeOffset.UnixEpoch);
    }
}
