using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Bot.Caching;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Bot.Tests.Display.DisplayFixtures;
using AgendaPosition = TeamsDialogueBot.Domain.Programme.AgendaPosition;

namespace TeamsDialogueBot.Bot.Tests.Display;

public sealed class DisplayWatcherTests : IDisposable
{
    private static readonly ConversationReference Conversation = new()
    {
        ConversationId = ConversationId,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:bot",
    };

    private readonly FakeTimeProvider _time = new(Now);
    private readonly RecordingPublisher _publisher = new();
    private readonly Mock<ISpeakersListStore> _lists = new();
    private const string Token = "display-token";
    private readonly Mock<IDisplayTokens> _tokens = new();
    private readonly DisplayWatcher _watcher;

    public DisplayWatcherTests()
    {
        var dialogues = new Mock<IDialogueStore>();
        dialogues.Setup(d => d.FindAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(Dialogue.Restore(new DialogueSnapshot(Conversation, 1, 3)));
        _lists.Setup(l => l.FindAsync(ConversationId, AgendaPosition.Item(1), It.IsAny<CancellationToken>())).ReturnsAsync(ListWithSpeaker);
        var polls = new Mock<IPollStore>();
        polls.Setup(p => p.ListAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var snapshots = new DisplaySnapshots(Programme, dialogues.Object, _lists.Object, polls.Object, new Mock<Domain.QandA.IQuestionBoardStore>().Object, _time);
        _tokens.Setup(t => t.FindTokenAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(Token);
        _watcher = new DisplayWatcher(snapshots, _tokens.Object, _publisher, Options.Create(new DisplayOptions()),
            new ConversationCache(new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 })), _time, NullLogger<DisplayWatcher>.Instance);
    }

    [Fact]
    public async Task A_burst_of_changes_is_pushed_once_after_the_debounce()
    {
        for (var i = 0; i < 50; i++)
        {
            _watcher.Changed(Conversation);
        }

        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Empty(_publisher.Pushed);

        _time.Advance(TimeSpan.FromMilliseconds(60));
        var (token, snapshot) = await _publisher.NextAsync();

        Assert.Equal(Token, token);
        Assert.Equal("Ana Lima", snapshot.Floor!.Name);
        Assert.Single(_publisher.Pushed);
    }

    [Fact]
    public async Task A_change_after_a_push_schedules_another_push()
    {
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await _publisher.NextAsync();
        await WaitIdleAsync();

        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await _publisher.NextAsync();

        Assert.Equal(2, _publisher.Pushed.Count);
    }

    [Fact]
    public async Task A_push_that_failed_is_tried_again_without_waiting_for_another_change()
    {
        _lists.SetupSequence(l => l.FindAsync(ConversationId, AgendaPosition.Item(1), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"))
            .ReturnsAsync(ListWithSpeaker());
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await WaitUntilAsync(() => _lists.Invocations.Count == 1 && !_watcher.IsRunning);
        Assert.Empty(_publisher.Pushed);

        _time.Advance(ConversationPushes.RetryAfterFailure);
        var (_, snapshot) = await _publisher.NextAsync();

        Assert.NotNull(snapshot.Floor);
    }

    [Fact]
    public async Task A_push_that_keeps_failing_is_given_up_after_its_retries_and_the_next_change_pushes_again()
    {
        _lists.Setup(l => l.FindAsync(ConversationId, AgendaPosition.Item(1), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("database is locked"));
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        for (var retry = 0; retry < ConversationPushes.RetriesAfterFailure; retry++)
        {
            await WaitUntilAsync(() => _lists.Invocations.Count == retry + 1 && !_watcher.IsRunning);
            _time.Advance(ConversationPushes.RetryAfterFailure * (1 << retry));
        }

        await WaitIdleAsync();
        Assert.Equal(1 + ConversationPushes.RetriesAfterFailure, _lists.Invocations.Count);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(1 + ConversationPushes.RetriesAfterFailure, _lists.Invocations.Count);

        _lists.Setup(l => l.FindAsync(ConversationId, AgendaPosition.Item(1), It.IsAny<CancellationToken>())).ReturnsAsync(ListWithSpeaker());
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        var (_, snapshot) = await _publisher.NextAsync();
        Assert.NotNull(snapshot.Floor);
    }

    [Fact]
    public async Task A_conversation_without_a_display_link_is_neither_read_nor_pushed_until_it_gets_one()
    {
        _tokens.SetupSequence(t => t.FindTokenAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync((string?)null).ReturnsAsync(Token);

        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await WaitIdleAsync();

        Assert.Empty(_publisher.Pushed);
        _lists.Verify(l => l.FindAsync(It.IsAny<string>(), It.IsAny<AgendaPosition>(), It.IsAny<CancellationToken>()), Times.Never);
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        var (_, snapshot) = await _publisher.NextAsync();
        Assert.NotNull(snapshot.Floor);
    }

    [Fact]
    public async Task After_the_link_is_replaced_the_pages_on_the_old_one_are_told_and_the_new_one_gets_the_pushes()
    {
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await _publisher.NextAsync();
        await WaitIdleAsync();
        _tokens.Setup(t => t.FindTokenAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync("rotated-token");

        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        var (token, _) = await _publisher.NextAsync();

        Assert.Equal("rotated-token", token);
        Assert.Equal([Token], _publisher.Revoked);
    }

    [Fact]
    public async Task Pages_that_connected_before_any_push_as_after_a_restart_are_told_when_the_link_is_replaced()
    {
        // A restarted bot has pushed nothing yet: the link its pages are open on is known only from their connecting.
        // Untold, they stay on the old link saying "Live" while nothing reaches them any more.
        await _watcher.SendCurrentAsync(ConversationId, Token, _ => Task.CompletedTask, CancellationToken.None);
        _tokens.Setup(t => t.FindTokenAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync("rotated-token");

        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        var (token, _) = await _publisher.NextAsync();

        Assert.Equal("rotated-token", token);
        Assert.Equal([Token], _publisher.Revoked);
    }

    [Fact]
    public async Task When_telling_the_old_link_s_pages_fails_they_are_told_by_the_retry()
    {
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await _publisher.NextAsync();
        await WaitIdleAsync();
        _tokens.Setup(t => t.FindTokenAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync("rotated-token");
        _publisher.FailNextRevoke = true;

        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await WaitUntilAsync(() => !_publisher.FailNextRevoke && !_watcher.IsRunning);
        Assert.Empty(_publisher.Revoked);

        _time.Advance(ConversationPushes.RetryAfterFailure);
        var (token, _) = await _publisher.NextAsync();

        Assert.Equal("rotated-token", token);
        Assert.Equal([Token], _publisher.Revoked);
    }

    [Fact]
    public async Task A_page_that_connects_while_a_push_is_reading_is_sent_its_snapshot_after_that_push_not_before()
    {
        // The push reads first and is slow; the connecting page's read starts later. Sent out of order, the page would
        // be left on whatever the slower read saw.
        var pushReading = new TaskCompletionSource<SpeakersList?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _lists.SetupSequence(l => l.FindAsync(ConversationId, AgendaPosition.Item(1), It.IsAny<CancellationToken>()))
            .Returns(pushReading.Task)
            .ReturnsAsync(ListWithSpeaker());
        _watcher.Changed(Conversation);
        _time.Advance(TimeSpan.FromMilliseconds(150));
        await WaitUntilAsync(() => _lists.Invocations.Count == 1);

        var pushesBeforeTheInitialSnapshot = -1;
        var initial = _watcher.SendCurrentAsync(ConversationId, Token, _ =>
        {
            pushesBeforeTheInitialSnapshot = _publisher.Pushed.Count;
            return Task.CompletedTask;
        }, CancellationToken.None);
        Assert.False(initial.IsCompleted);

        pushReading.SetResult(ListWithSpeaker());
        await initial.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(1, pushesBeforeTheInitialSnapshot);
        Assert.Equal(2, _lists.Invocations.Count);
    }

    public void Dispose() => _watcher.Dispose();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!condition())
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }

    private async Task WaitIdleAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        while (!_watcher.IsIdle)
        {
            await Task.Yield();
            timeout.Token.ThrowIfCancellationRequested();
        }
    }

    private sealed class RecordingPublisher : IDisplayPublisher
    {
        private readonly ConcurrentQueue<TaskCompletionSource<(string, DisplaySnapshot)>> _waiting = new();
        private readonly ConcurrentQueue<(string, DisplaySnapshot)> _unclaimed = new();

        public ConcurrentQueue<(string Token, DisplaySnapshot Snapshot)> Pushed { get; } = new();

        public ConcurrentQueue<string> Revoked { get; } = new();

        public bool FailNextRevoke { get; set; }

        public Task RevokeAsync(string token, CancellationToken cancellationToken)
        {
            if (FailNextRevoke)
            {
                FailNextRevoke = false;
                return Task.FromException(new IOException("the backplane is unreachable"));
            }

            Revoked.Enqueue(token);
            return Task.CompletedTask;
        }

        public Task PublishAsync(string conversationId, DisplaySnapshot snapshot, CancellationToken cancellationToken)
        {
            Pushed.Enqueue((conversationId, snapshot));
            lock (_waiting)
            {
                if (_waiting.TryDequeue(out var waiter))
                {
                    waiter.TrySetResult((conversationId, snapshot));
                }
                else
                {
                    _unclaimed.Enqueue((conversationId, snapshot));
                }
            }

            return Task.CompletedTask;
        }

        public Task<(string ConversationId, DisplaySnapshot Snapshot)> NextAsync()
        {
            lock (_waiting)
            {
                if (_unclaimed.TryDequeue(out var ready))
                {
                    return Task.FromResult(ready);
                }

                var waiter = new TaskCompletionSource<(string, DisplaySnapshot)>(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Enqueue(waiter);
                return waiter.Task.WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
    }
}
