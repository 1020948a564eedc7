using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Floor;

/// <summary>The floor pages' pushes when the link is rotated: the pages still open on the old link are told.</summary>
public sealed class FloorWatcherTests : IDisposable
{
    private const string ConversationId = "19:floor@thread.v2";
    private const string OldToken = "old-token";
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly ConversationReference Conversation = new() { ConversationId = ConversationId, ServiceUrl = "https://smba.example/", BotId = "28:bot" };

    private readonly FakeTimeProvider _time = new(Now);
    private readonly Mock<IFloorLinks> _links = new();
    private readonly RecordingPublisher _publisher = new();
    private readonly FloorWatcher _watcher;

    public FloorWatcherTests()
    {
        var snapshots = new PhoneSnapshots(ProgrammeLoader.LoadBuiltIn(), new Mock<IDialogueStore>().Object, new Mock<ISpeakersListStore>().Object, _time);
        _watcher = new FloorWatcher(_links.Object, snapshots, _publisher, new ConversationCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 })),
            Options.Create(new DisplayOptions()), _time, NullLogger<FloorWatcher>.Instance);
    }

    [Fact]
    public async Task Pages_that_connected_before_any_push_as_after_a_restart_are_told_when_the_link_is_rotated()
    {
        // A restarted bot has pushed nothing yet: the link its pages are open on is known only from their connecting.
        await _watcher.SendCurrentAsync(Link(OldToken), _ => Task.CompletedTask, CancellationToken.None);
        _links.Setup(l => l.FindAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(Link("new-token"));

        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        var published = await _publisher.Published.Task.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("new-token", published);
        Assert.Equal([OldToken], _publisher.Revoked);
    }

    public void Dispose() => _watcher.Dispose();

    private static FloorLink Link(string token) => FloorLink.Restore(ConversationId, token, isOn: true, version: 1, Conversation);

    private sealed class RecordingPublisher : IFloorPublisher
    {
        public ConcurrentQueue<string> Revoked { get; } = new();

        public TaskCompletionSource<string> Published { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task PublishAsync(string token, PhoneSnapshot snapshot, CancellationToken cancellationToken)
        {
            Published.TrySetResult(token);
            return Task.CompletedTask;
        }

        public Task RevokeAsync(string token, CancellationToken cancellationToken)
        {
            Revoked.Enqueue(token);
            return Task.CompletedTask;
        }
    }
}
