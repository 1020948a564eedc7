using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

public sealed class OutboundLanesTests : IAsyncDisposable
{
    private static readonly ConversationAddress Meeting = new("https://smba.trafficmanager.net/emea/", "19:meeting_abc@thread.v2");
    private static readonly ConversationAddress Other = new("https://smba.trafficmanager.net/emea/", "19:other@thread.v2");

    private readonly SteppingClock _clock = new();
    private readonly ScriptedConnector _connector;
    private readonly OutboundLanes _lanes;

    public OutboundLanesTests()
    {
        _connector = new ScriptedConnector(_clock);
        _lanes = new OutboundLanes(_connector, _clock, NullLogger<OutboundLanes>.Instance,
            new OutboundLaneOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(1), UseJitter = false });
    }

    public ValueTask DisposeAsync() => _lanes.DisposeAsync();

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static ConnectorException Status(HttpStatusCode status, TimeSpan? retryAfter = null) =>
        new("test", status, retryAfter, "op-1");

    [Fact]
    public async Task Burst_of_sends_never_exceeds_any_Teams_window()
    {
        var sends = Enumerable.Range(0, 100).Select(i => _lanes.SendAsync(Meeting, Text("m" + i), CancellationToken.None)).ToArray();

        await _clock.RunUntilAsync(Task.WhenAll(sends));

        var times = _connector.Calls.Select(c => c.At).ToArray();
        Assert.Equal(100, times.Length);
        foreach (var window in OutboundLaneOptions.TeamsWindows)
        {
            for (var i = window.Count; i < times.Length; i++)
            {
                Assert.True(times[i] - times[i - window.Count] >= window.Span, $"{window.Count} per {window.Span} exceeded at call {i}");
            }
        }

        Assert.Equal(_clock.Start, times[6]);
        // The lane keeps a margin over Teams' spans (OutboundLaneOptions.Windows): 1 s + 250 ms, 30 s + 1.5 s.
        Assert.Equal(_clock.Start.AddSeconds(1.25), times[7]);
        Assert.Equal(_clock.Start.AddSeconds(31.5), times[60]);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => "m" + i), _connector.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task Five_hundred_updates_in_a_burst_lead_to_a_few_puts_ending_with_the_latest()
    {
        for (var version = 1; version <= 500; version++)
        {
            _lanes.QueueUpdate(Meeting, "card-1", Text("v" + version), version);
        }

        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        var puts = _connector.Calls.Where(c => c.Kind == "update").ToArray();
        // While the loop is still queuing, at most one second's window (7) goes out; after the lane waits for its
        // window, what was queued meanwhile collapses into one PUT, and at most one more carries the last versions.
        Assert.InRange(puts.Length, 1, OutboundLaneOptions.TeamsWindows[0].Count + 2);
        Assert.Equal("v500", puts[^1].Text);
        Assert.Equal(puts.Select(p => int.Parse(p.Text![1..])).Order(), puts.Select(p => int.Parse(p.Text![1..])));
    }

    [Fact]
    public async Task Queued_render_reads_the_state_when_the_update_leaves_and_again_on_a_retry()
    {
        var release = new TaskCompletionSource();
        _connector.Hold = c => c.Text == "first" ? release.Task : Task.CompletedTask;
        var failures = 0;
        _connector.Fail = c => c.Kind == "update" && failures++ == 0 ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(2)) : null;
        var state = "tally 1";
        var first = _lanes.SendAsync(Meeting, Text("first"), CancellationToken.None);
        _lanes.QueueRender(Meeting, "card-1", _ => ValueTask.FromResult<Activity?>(Text(state)), 1);

        state = "tally 2";
        release.SetResult();
        await first;
        var renderSeenByFirstAttempt = _connector.Calls.Where(c => c.Kind == "update").Select(c => c.Text).FirstOrDefault();
        state = "tally 3";
        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        var updates = _connector.Calls.Where(c => c.Kind == "update").Select(c => c.Text).ToArray();
        Assert.Equal("tally 3", updates[^1]);
        Assert.DoesNotContain("tally 1", updates);
        Assert.NotEqual("tally 1", renderSeenByFirstAttempt);
    }

    [Fact]
    public async Task Render_that_returns_nothing_sends_nothing()
    {
        _lanes.QueueRender(Meeting, "card-1", _ => ValueTask.FromResult<Activity?>(null), 1);

        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        Assert.DoesNotContain(_connector.Calls, c => c.Kind == "update");
    }

    [Fact]
    public async Task Older_version_is_dropped_whether_pending_or_already_sent()
    {
        var release = new TaskCompletionSource();
        _connector.Hold = c => c.Text == "first" ? release.Task : Task.CompletedTask;
        var first = _lanes.SendAsync(Meeting, Text("first"), CancellationToken.None);
        _lanes.QueueUpdate(Meeting, "card-1", Text("v5"), 5);
        _lanes.QueueUpdate(Meeting, "card-1", Text("v3"), 3);
        release.SetResult();
        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        _lanes.QueueUpdate(Meeting, "card-1", Text("v4"), 4);
        _lanes.QueueUpdate(Meeting, "card-1", Text("v5 again"), 5);
        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        await first;
        Assert.Equal(["first", "v5"], _connector.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task Coalesced_update_keeps_its_place_between_sends()
    {
        var release = new TaskCompletionSource();
        _connector.Hold = c => c.Text == "a" ? release.Task : Task.CompletedTask;
        var a = _lanes.SendAsync(Meeting, Text("a"), CancellationToken.None);
        _lanes.QueueUpdate(Meeting, "card-1", Text("v1"), 1);
        var b = _lanes.SendAsync(Meeting, Text("b"), CancellationToken.None);
        _lanes.QueueUpdate(Meeting, "card-1", Text("v2"), 2);
        release.SetResult();

        await _clock.RunUntilAsync(Task.WhenAll(a, b, _lanes.WhenIdleAsync(CancellationToken.None)));

        Assert.Equal(["a", "v2", "b"], _connector.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task Throttled_send_is_retried_after_the_connectors_retry_after()
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts <= 2 ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3)) : null;

        var send = _lanes.SendAsync(Meeting, Text("hello"), CancellationToken.None);
        await _clock.RunUntilAsync(send);

        Assert.Equal([_clock.Start, _clock.Start.AddSeconds(3), _clock.Start.AddSeconds(6)], _connector.Calls.Select(c => c.At));
        Assert.Equal("m1", (await send).Id);
    }

    [Fact]
    public async Task Transient_failures_back_off_exponentially_then_give_up()
    {
        _connector.Fail = _ => Status(HttpStatusCode.BadGateway);

        var send = _lanes.SendAsync(Meeting, Text("hello"), CancellationToken.None);
        await _clock.RunUntilAsync(send.ContinueWith(_ => { }, TaskScheduler.Default));

        var error = await Assert.ThrowsAsync<SendAbandonedException>(() => send);
        Assert.Equal(SendAbandonReason.AttemptsExhausted, error.Reason);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.IsType<ConnectorException>(error.InnerException);
        Assert.Equal([_clock.Start, _clock.Start.AddSeconds(1), _clock.Start.AddSeconds(3)], _connector.Calls.Select(c => c.At));
    }

    [Fact]
    public async Task Network_errors_are_retried()
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts == 1 ? new HttpRequestException("connection reset") : null;

        var send = _lanes.SendAsync(Meeting, Text("hello"), CancellationToken.None);
        await _clock.RunUntilAsync(send);

        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried_and_the_lane_goes_on()
    {
        _connector.Fail = c => c.Text == "bad" ? Status(HttpStatusCode.BadRequest) : null;

        var bad = _lanes.SendAsync(Meeting, Text("bad"), CancellationToken.None);
        var good = _lanes.SendAsync(Meeting, Text("good"), CancellationToken.None);
        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        var refused = await Assert.ThrowsAsync<SendAbandonedException>(() => bad);
        Assert.Equal(SendAbandonReason.NotRetryable, refused.Reason);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await good).Id);
        Assert.Equal(["bad", "good"], _connector.Calls.Select(c => c.Text));
    }

    [Fact]
    public async Task A_held_conversation_does_not_block_another()
    {
        var release = new TaskCompletionSource();
        _connector.Hold = c => c.ConversationId == Meeting.ConversationId ? release.Task : Task.CompletedTask;

        var stuck = _lanes.SendAsync(Meeting, Text("slow"), CancellationToken.None);
        var other = await _lanes.SendAsync(Other, Text("fast"), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.NotNull(other.Id);
        Assert.False(stuck.IsCompleted);
        release.SetResult();
        await stuck.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Idle_lane_is_forgotten_once_its_rate_history_expired()
    {
        await _clock.RunUntilAsync(_lanes.SendAsync(Meeting, Text("one"), CancellationToken.None));
        Assert.Equal(1, _lanes.LaneCount);

        _clock.Fake.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));
        await _clock.RunUntilAsync(_lanes.SendAsync(Other, Text("two"), CancellationToken.None));

        Assert.Equal(1, _lanes.LaneCount);
    }

    [Fact]
    public async Task Caller_cancelling_before_its_turn_is_never_sent()
    {
        var release = new TaskCompletionSource();
        _connector.Hold = c => c.Text == "first" ? release.Task : Task.CompletedTask;
        using var cancel = new CancellationTokenSource();
        var first = _lanes.SendAsync(Meeting, Text("first"), CancellationToken.None);
        var second = _lanes.SendAsync(Meeting, Text("second"), cancel.Token);

        await cancel.CancelAsync();
        release.SetResult();
        await _clock.RunUntilAsync(_lanes.WhenIdleAsync(CancellationToken.None));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
        await first;
        Assert.Equal(["first"], _connector.Calls.Select(c => c.Text));
    }
}
