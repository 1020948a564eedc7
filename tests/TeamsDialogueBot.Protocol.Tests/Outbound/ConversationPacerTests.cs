using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

public sealed class ConversationPacerTests
{
    private const string Meeting = "19:meeting_abc@thread.v2";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly SteppingClock _clock = new();
    private readonly ScriptedConnector _connector;
    private readonly ConversationPacer _pacer;

    public ConversationPacerTests()
    {
        _connector = new ScriptedConnector(_clock);
        var options = new OutboundLaneOptions { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(1), UseJitter = false };
        _pacer = new ConversationPacer(Meeting, options, ConversationPacer.BuildPipeline(options, _clock, NullLogger.Instance), _clock);
    }

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static ConnectorException Status(HttpStatusCode status, TimeSpan? retryAfter = null) => new("test", status, retryAfter, "op-1");

    private Task<ResourceResponse> SendAsync(string text) =>
        _pacer.CallAsync(ct => _connector.SendAsync(ServiceUrl, Meeting, Text(text), ct), CancellationToken.None);

    // The outbox sends a conversation's messages one after another: so does this.
    private async Task SendAllAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await SendAsync("m" + i);
        }
    }

    [Fact]
    public async Task A_burst_of_sends_never_exceeds_any_Teams_window()
    {
        await _clock.RunUntilAsync(SendAllAsync(100));

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
        // The pacer keeps a margin over Teams' spans (OutboundLaneOptions.Windows): 1 s + 250 ms, 30 s + 1.5 s.
        Assert.Equal(_clock.Start.AddSeconds(1.25), times[7]);
        Assert.Equal(_clock.Start.AddSeconds(31.5), times[60]);
    }

    [Fact]
    public async Task Sends_seeded_from_before_count_against_the_windows()
    {
        // Another instance sent 7 in the last half second: this one must wait for the 1-second window.
        _pacer.Seed(Enumerable.Range(0, 7).Select(i => _clock.Start.AddMilliseconds(-500 + i)));

        await _clock.RunUntilAsync(SendAsync("after"));

        Assert.True(_connector.Calls[0].At >= _clock.Start.AddMilliseconds(750), $"sent at {_connector.Calls[0].At:O}");
    }

    [Fact]
    public async Task A_throttled_send_is_retried_after_the_connectors_retry_after()
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts <= 2 ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(3)) : null;

        var send = SendAsync("hello");
        await _clock.RunUntilAsync(send);

        Assert.Equal([_clock.Start, _clock.Start.AddSeconds(3), _clock.Start.AddSeconds(6)], _connector.Calls.Select(c => c.At));
        Assert.Equal("m1", (await send).Id);
    }

    [Fact]
    public async Task Transient_failures_back_off_exponentially_then_give_up()
    {
        _connector.Fail = _ => Status(HttpStatusCode.BadGateway);

        var send = SendAsync("hello");
        await _clock.RunUntilAsync(send.ContinueWith(_ => { }, TaskScheduler.Default));

        var error = await Assert.ThrowsAsync<SendAbandonedException>(() => send);
        Assert.Equal(SendAbandonReason.AttemptsExhausted, error.Reason);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal([_clock.Start, _clock.Start.AddSeconds(1), _clock.Start.AddSeconds(3)], _connector.Calls.Select(c => c.At));
    }

    [Fact]
    public async Task Network_errors_are_retried()
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts == 1 ? new HttpRequestException("connection reset") : null;

        await _clock.RunUntilAsync(SendAsync("hello"));

        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        _connector.Fail = c => c.Text == "bad" ? Status(HttpStatusCode.BadRequest) : null;

        var bad = SendAsync("bad");
        await _clock.RunUntilAsync(bad.ContinueWith(_ => { }, TaskScheduler.Default));

        var refused = await Assert.ThrowsAsync<SendAbandonedException>(() => bad);
        Assert.Equal(SendAbandonReason.NotRetryable, refused.Reason);
        Assert.Single(_connector.Calls);
    }
}
