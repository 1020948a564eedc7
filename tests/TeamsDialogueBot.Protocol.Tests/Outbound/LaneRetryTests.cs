using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Protocol.Tests.Outbound;

/// <summary>Retries are bounded: Retry-After up to a cap, a time budget per send, then a recognisable give-up.</summary>
public sealed class LaneRetryTests
{
    private static readonly ConversationAddress Meeting = new("https://smba.trafficmanager.net/emea/", "19:meeting_abc@thread.v2");

    private readonly SteppingClock _clock = new();
    private readonly ScriptedConnector _connector;
    private readonly ConversationPacer _pacer;

    public LaneRetryTests()
    {
        _connector = new ScriptedConnector(_clock);
        _pacer = Pacer(new OutboundLaneOptions
        {
            MaxAttempts = 10,
            BaseDelay = TimeSpan.FromSeconds(1),
            UseJitter = false,
            MaxRetryAfter = TimeSpan.FromSeconds(60),
            SendBudget = TimeSpan.FromMinutes(2),
        });
    }

    private ConversationPacer Pacer(OutboundLaneOptions options) =>
        new(Meeting.ConversationId, options, ConversationPacer.BuildPipeline(options, _clock, NullLogger.Instance), _clock);

    private Task<ResourceResponse> SendAsync(ConversationPacer pacer, string text, CancellationToken cancellationToken) =>
        pacer.CallAsync(ct => _connector.SendAsync(Meeting.ServiceUrl, Meeting.ConversationId, Text(text), ct), cancellationToken);

    private static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static ConnectorException Status(HttpStatusCode status, TimeSpan? retryAfter = null) => new("test", status, retryAfter, "op-1");

    private async Task<Exception?> Outcome(Task send)
    {
        await _clock.RunUntilAsync(send.ContinueWith(_ => { }, TaskScheduler.Default));
        return send.Exception?.InnerException;
    }

    private TimeSpan[] CallOffsets() => [.. _connector.Calls.Select(c => c.At - _clock.Start)];

    [Fact]
    public async Task Retry_after_longer_than_the_cap_is_obeyed_only_up_to_the_cap()
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts == 1 ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(150)) : null;

        var send = SendAsync(_pacer, "hello", CancellationToken.None);
        await _clock.RunUntilAsync(send);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(60)], CallOffsets());
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried_with_backoff(HttpStatusCode status)
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts <= 2 ? Status(status) : null;

        var send = SendAsync(_pacer, "hello", CancellationToken.None);
        await _clock.RunUntilAsync(send);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)], CallOffsets());
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    public async Task Other_client_errors_are_given_up_at_once(HttpStatusCode status)
    {
        _connector.Fail = _ => Status(status);

        var error = Assert.IsType<SendAbandonedException>(await Outcome(SendAsync(_pacer, "hello", CancellationToken.None)));

        Assert.Single(_connector.Calls);
        Assert.Equal(SendAbandonReason.NotRetryable, error.Reason);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(1, error.Attempts);
    }

    [Fact]
    public async Task Send_is_abandoned_when_the_next_wait_would_pass_its_budget_and_the_next_one_goes_on()
    {
        _connector.Fail = c => c.Text == "doomed" ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(50)) : null;

        var error = Assert.IsType<SendAbandonedException>(await Outcome(SendAsync(_pacer, "doomed", CancellationToken.None)));
        await _clock.RunUntilAsync(SendAsync(_pacer, "next", CancellationToken.None));

        // 0 s, 50 s, 100 s; a third wait of 50 s would end at 150 s, past the 2-minute budget.
        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(100)], CallOffsets());
        Assert.Equal(SendAbandonReason.BudgetExhausted, error.Reason);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(TimeSpan.FromSeconds(100), error.Elapsed);
        Assert.IsType<ConnectorException>(error.InnerException);
        Assert.Contains("429", error.Message, StringComparison.Ordinal);
        Assert.Equal("next", _connector.Calls[^1].Text);
    }

    [Fact]
    public async Task Abandoned_send_reports_the_last_status_even_when_the_last_attempt_got_no_answer()
    {
        var pacer = Pacer(new OutboundLaneOptions { MaxAttempts = 3, UseJitter = false });
        var attempts = 0;
        _connector.Fail = _ => ++attempts == 1 ? Status(HttpStatusCode.ServiceUnavailable) : new HttpRequestException("connection reset");

        var error = Assert.IsType<SendAbandonedException>(await Outcome(SendAsync(pacer, "hello", CancellationToken.None)));

        Assert.Equal(SendAbandonReason.AttemptsExhausted, error.Reason);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task Http_client_timeout_is_retried_but_the_callers_cancellation_is_not()
    {
        var attempts = 0;
        _connector.Fail = _ => ++attempts == 1 ? new TaskCanceledException("HttpClient.Timeout of 30 s elapsed", new TimeoutException()) : null;
        await _clock.RunUntilAsync(SendAsync(_pacer, "slow once", CancellationToken.None));
        Assert.Equal(2, _connector.Calls.Count);

        using var cancel = new CancellationTokenSource();
        var release = new TaskCompletionSource();
        var started = new TaskCompletionSource();
        _connector.Hold = c =>
        {
            if (c.Text != "cancelled")
            {
                return Task.CompletedTask;
            }

            started.TrySetResult();
            return release.Task;
        };
        _connector.Fail = c => c.Text == "cancelled" ? new OperationCanceledException(cancel.Token) : null;
        var cancelled = SendAsync(_pacer, "cancelled", cancel.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cancel.CancelAsync();
        release.SetResult();
        await _clock.RunUntilAsync(cancelled.ContinueWith(_ => { }, TaskScheduler.Default));

        Assert.True(cancelled.IsCanceled);
        Assert.Single(_connector.Calls, c => c.Text == "cancelled");
    }

    [Fact]
    public void Backoff_doubles_up_to_the_maximum_and_jitter_keeps_it_between_half_and_all_of_it()
    {
        var steady = new OutboundLaneOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), UseJitter = false };
        var jittered = new OutboundLaneOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), UseJitter = true };
        var failure = new HttpRequestException("reset");

        Assert.Equal(
            [1, 2, 4, 8, 10, 10],
            Enumerable.Range(0, 6).Select(attempt => LaneRetry.DelayFor(failure, attempt, steady).TotalSeconds));
        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(LaneRetry.DelayFor(failure, 3, jittered), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
        }

        var throttled = Status(HttpStatusCode.TooManyRequests, TimeSpan.FromHours(1));
        Assert.Equal(jittered.MaxRetryAfter, LaneRetry.DelayFor(throttled, 0, jittered));
    }

    [Fact]
    public void Defaults_cap_retry_after_at_a_minute_and_a_send_at_two()
    {
        var defaults = new OutboundLaneOptions();

        Assert.Equal(TimeSpan.FromSeconds(60), defaults.MaxRetryAfter);
        Assert.Equal(TimeSpan.FromMinutes(2), defaults.SendBudget);
    }
}
