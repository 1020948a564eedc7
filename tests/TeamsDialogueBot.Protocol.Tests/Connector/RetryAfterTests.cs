using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

public sealed class RetryAfterTests
{
    private sealed class FixedHandler(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer());
    }

    private static async Task<ConnectorException> FailingSend(Func<HttpResponseMessage> answer, TimeProvider time)
    {
        using var http = new HttpClient(new FixedHandler(answer));
        var client = new ConnectorClient(http, NullLogger<ConnectorClient>.Instance, time);
        return await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendAsync("https://smba.trafficmanager.net/emea/", "19:x@thread.v2", new Activity { Type = "message" }, CancellationToken.None));
    }

    [Fact]
    public async Task Retry_after_as_http_date_is_measured_against_the_server_date()
    {
        var error = await FailingSend(
            () =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
                response.Headers.Date = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
                response.Headers.RetryAfter = new(new DateTimeOffset(2025, 3, 1, 12, 0, 30, TimeSpan.Zero));
                response.Headers.Add("X-Correlating-OperationId", "op-42");
                return response;
            },
            new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal("op-42", error.CorrelationId);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Retry_after_date_without_server_date_uses_our_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var error = await FailingSend(
            () =>
            {
                var response = new HttpResponseMessage(HttpStatusCode.BadGateway);
                response.Headers.RetryAfter = new(new DateTimeOffset(2025, 3, 1, 12, 0, 5, TimeSpan.Zero));
                return response;
            },
            time);

        Assert.Equal(TimeSpan.FromSeconds(5), error.RetryAfter);
        Assert.True(error.IsTransient);
        Assert.Null(error.CorrelationId);
    }

    [Fact]
    public async Task No_retry_after_header_means_none()
    {
        var error = await FailingSend(() => new HttpResponseMessage(HttpStatusCode.BadRequest), TimeProvider.System);

        Assert.Null(error.RetryAfter);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(error.IsTransient);
    }
}
