using TeamsDialogueBot.Bot.Caching;

namespace TeamsDialogueBot.Bot.Tests.Caching;

public sealed class LoadedOnceTests
{
    [Fact]
    public async Task A_loaded_value_is_loaded_once_and_kept()
    {
        var loads = 0;
        var once = new LoadedOnce<string>(() =>
        {
            Interlocked.Increment(ref loads);
            return Task.FromResult("key");
        });

        var values = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(once.GetAsync)));

        Assert.All(values, v => Assert.Equal("key", v));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task A_failed_load_is_not_kept_and_the_next_caller_loads_again()
    {
        var loads = 0;
        var once = new LoadedOnce<string>(async () =>
        {
            await Task.Yield();
            return Interlocked.Increment(ref loads) == 1 ? throw new TimeoutException("the store did not answer") : "key";
        });

        await Assert.ThrowsAsync<TimeoutException>(once.GetAsync);
        Assert.Equal("key", await once.GetAsync());
        Assert.Equal("key", await once.GetAsync());
        Assert.Equal(2, loads);
    }

    [Fact]
    public async Task Callers_that_arrive_while_a_load_is_under_way_share_it()
    {
        var loads = 0;
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var once = new LoadedOnce<string>(() =>
        {
            Interlocked.Increment(ref loads);
            return gate.Task;
        });

        var first = once.GetAsync();
        var second = once.GetAsync();
        gate.SetResult("key");

        Assert.Equal("key", await first);
        Assert.Equal("key", await second);
        Assert.Equal(1, loads);
    }
}
