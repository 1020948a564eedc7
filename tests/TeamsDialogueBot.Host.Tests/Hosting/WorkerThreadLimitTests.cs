using TeamsDialogueBot.Host.Composition;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Hosting;

/// <summary>
/// The thread pool's workers are limited to the machine's cores (at least two) when the bot is its own process, which
/// made a vote about a fifth cheaper on two cores (bench/README, "Tenth pass"); Host:MaxWorkerThreads changes it.
/// </summary>
public sealed class WorkerThreadLimitTests
{
    [Theory]
    [InlineData(null, 2, 2)]
    [InlineData("", 8, 8)]
    [InlineData(null, 1, 2)]
    [InlineData("3", 2, 3)]
    [InlineData("1", 4, 2)]
    public void The_limit_is_the_cores_unless_set(string? configured, int cores, int expected) =>
        Assert.Equal(expected, WorkerThreadLimit.For(configured, cores));

    [Fact]
    public void Zero_keeps_the_runtimes_own_limit() => Assert.Null(WorkerThreadLimit.For("0", 2));

    [Theory]
    [InlineData("many")]
    [InlineData("-1")]
    [InlineData("2.5")]
    public void A_limit_that_is_not_a_whole_number_is_refused_naming_the_setting(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => WorkerThreadLimit.For(configured, 2));
        Assert.Contains(WorkerThreadLimit.Setting, error.Message, StringComparison.Ordinal);
        Assert.Contains(configured, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_as_its_own_process_limits_its_workers_to_the_cores()
    {
        await using var bot = await BotProcess.StartAsync();

        var expected = Math.Max(2, Environment.ProcessorCount);
        Assert.Contains($"Thread-pool workers limited to {expected} ({Environment.ProcessorCount} cores", bot.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_setting_changes_the_limit_or_keeps_the_runtimes()
    {
        await using var three = await BotProcess.StartAsync(new Dictionary<string, string?> { [WorkerThreadLimit.Setting] = "3" });
        await using var runtime = await BotProcess.StartAsync(new Dictionary<string, string?> { [WorkerThreadLimit.Setting] = "0" });

        var expected = Math.Max(3, Environment.ProcessorCount);
        Assert.Contains($"Thread-pool workers limited to {expected} (", three.Output, StringComparison.Ordinal);
        Assert.Contains("Thread-pool workers under the runtime's own limit of ", runtime.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_setting_stops_start_up_and_says_why()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => BotProcess.StartAsync(
            new Dictionary<string, string?> { [WorkerThreadLimit.Setting] = "lots" },
            startTimeout: TimeSpan.FromSeconds(30)));

        Assert.Contains("Host:MaxWorkerThreads must be a whole number", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inside_another_process_the_pool_is_left_alone()
    {
        ThreadPool.GetMaxThreads(out var before, out _);
        await using (var connector = await RecordingConnector.StartAsync())
        await using (var host = await Support.BotTestHost.StartAsync(connector))
        {
            ThreadPool.GetMaxThreads(out var during, out _);
            Assert.Equal(before, during);
        }
    }
}
