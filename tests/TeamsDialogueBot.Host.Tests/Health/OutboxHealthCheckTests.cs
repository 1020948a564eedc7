using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Host.Health;

namespace TeamsDialogueBot.Host.Tests.Health;

public sealed class OutboxHealthCheckTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly Mock<IOutboxStore> _outbox = new();

    private Task<HealthCheckResult> CheckAsync(OutboxDepth depth)
    {
        _outbox.Setup(o => o.DepthAsync(_time.GetUtcNow(), It.IsAny<CancellationToken>())).ReturnsAsync(depth);
        var check = new OutboxHealthCheck(_outbox.Object, Options.Create(new OutboxOptions { MaxAge = TimeSpan.FromMinutes(10) }), _time);
        return check.CheckHealthAsync(new HealthCheckContext());
    }

    [Fact]
    public async Task Messages_waiting_less_than_their_maximum_age_are_healthy_even_when_teams_is_slow()
    {
        var result = await CheckAsync(new OutboxDepth(40, TimeSpan.FromMinutes(9)));

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("40 messages waiting", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_older_than_its_maximum_age_plus_a_margin_means_nothing_is_sending()
    {
        var result = await CheckAsync(new OutboxDepth(3, TimeSpan.FromMinutes(12)));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("nothing is sending", result.Description, StringComparison.Ordinal);
    }
}
