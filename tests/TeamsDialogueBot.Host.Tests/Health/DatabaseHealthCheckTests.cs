using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Host.Health;
using TeamsDialogueBot.Storage;

namespace TeamsDialogueBot.Host.Tests.Health;

public sealed class DatabaseHealthCheckTests
{
    private sealed class Probe(Func<TimeSpan, CancellationToken, Task> answer) : IDatabaseProbe
    {
        public Task ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken) => answer(timeout, cancellationToken);
    }

    private static Task<HealthCheckResult> Check(IDatabaseProbe probe, TimeProvider time) =>
        new DatabaseHealthCheck(probe, time, NullLogger<DatabaseHealthCheck>.Instance).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task Probe_that_answers_is_healthy_and_is_given_the_two_second_limit()
    {
        var given = TimeSpan.Zero;

        var result = await Check(new Probe((timeout, _) => { given = timeout; return Task.CompletedTask; }), TimeProvider.System);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(2), given);
    }

    [Fact]
    public async Task Probe_that_never_answers_is_unhealthy_once_two_seconds_have_passed()
    {
        var time = new FakeTimeProvider();
        var hang = new TaskCompletionSource();

        var checking = Check(new Probe((_, _) => hang.Task), time);
        time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Yield();
        Assert.False(checking.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        var result = await checking.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        hang.SetResult();
    }

    [Fact]
    public async Task Probe_that_fails_is_unhealthy_and_says_how()
    {
        var result = await Check(new Probe((_, _) => throw new IOException("disk full")), TimeProvider.System);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.IsType<IOException>(result.Exception);
    }
}
