using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Tests.Chairs;

public sealed class ChairResolverTests
{
    private const string Conversation = "19:meeting_x@thread.v2";
    private const string Aad = "6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly Mock<IParticipantProfileStore> _profiles = new();
    private readonly ConversationCache _cache = new(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }));

    private ChairResolver Resolver() =>
        new(Options.Create(new DialogueOptions()), _connector.Object, _profiles.Object, _cache, _time, NullLogger<ChairResolver>.Instance);

    private static Turn Turn() => new(new Activity
    {
        Type = ActivityTypes.Message,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = "29:" + Aad, AadObjectId = Aad, Name = "Co-Chair" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = Conversation, TenantId = "tenant" },
        ChannelData = new TeamsChannelData { Tenant = new TeamsIdentifier { Id = "tenant" }, Meeting = new TeamsIdentifier { Id = "meeting" } },
    });

    private void Role(string role) =>
        _connector.Setup(c => c.GetMeetingParticipantAsync(It.IsAny<string>(), "meeting", Aad, "tenant", It.IsAny<CancellationToken>()))
            .ReturnsAsync(new MeetingParticipant("29:" + Aad, Aad, "Co-Chair", role, true));

    [Fact]
    public async Task An_organizer_is_a_chair_and_the_answer_is_kept_for_the_next_turn()
    {
        Role("Organizer");
        var resolver = Resolver();

        Assert.True(await resolver.IsChairAsync(Turn(), CancellationToken.None));
        Assert.True(await resolver.IsChairAsync(Turn(), CancellationToken.None));

        _connector.Verify(c => c.GetMeetingParticipantAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_stale_answer_answers_at_once_while_teams_is_asked_again()
    {
        Role("Organizer");
        var resolver = Resolver();
        Assert.True(await resolver.IsChairAsync(Turn(), CancellationToken.None));
        Role("Attendee");
        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.True(await resolver.IsChairAsync(Turn(), CancellationToken.None));

        // The refresh runs behind the answer; once it is back, the new role counts.
        for (var i = 0; i < 1000 && await resolver.IsChairAsync(Turn(), CancellationToken.None); i++)
        {
            await Task.Yield();
        }

        Assert.False(await resolver.IsChairAsync(Turn(), CancellationToken.None));
    }

    [Fact]
    public async Task When_teams_does_not_answer_in_time_the_chairs_confirmed_earlier_decide()
    {
        var never = new TaskCompletionSource<MeetingParticipant?>();
        _connector.Setup(c => c.GetMeetingParticipantAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, string, string, string, CancellationToken>((_, _, _, _, ct) => never.Task.WaitAsync(ct));
        _profiles.Setup(p => p.FindChairsAsync(Conversation, It.IsAny<CancellationToken>())).ReturnsAsync(["29:" + Aad]);

        var asking = Resolver().IsChairAsync(Turn(), CancellationToken.None);
        while (!asking.IsCompleted)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(TimeSpan.FromMilliseconds(5));
        }

        Assert.True(await asking);
    }

    [Fact]
    public void Forgetting_a_conversation_forgets_every_area_of_it()
    {
        var first = _cache.Area(Conversation, "chairs", () => new List<string> { "kept" });
        _cache.Forget(Conversation);

        var second = _cache.Area(Conversation, "chairs", () => new List<string>());

        Assert.NotSame(first, second);
        Assert.Empty(second);
    }
}
