using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Hosting;

/// <summary>Starting and stopping the bot: neither may reach Teams, the database, or fail.</summary>
public sealed class LifetimeTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_connector);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    // The start-up warm-up (HotPathWarmUp) runs the vote's code and the outbox's send pipeline before the host listens.
    [Fact]
    public async Task Starting_the_bot_sends_nothing_to_Teams_and_leaves_nothing_in_the_outbox()
    {
        await _host.SettleAsync();

        Assert.Empty(_connector.Requests);
        var outbox = _host.Services.GetRequiredService<IOutboxStore>();
        Assert.Empty(await outbox.ConversationsWithPendingAsync(10, CancellationToken.None));
        Assert.Empty(await outbox.SentSinceAsync("warm-up", DateTimeOffset.UnixEpoch, CancellationToken.None));
    }

    // With minimal hosting a test host (and an app whose Run loop sees the stop) can stop the host on one thread while
    // the container disposes its singletons on another, so a hosted service's StopAsync and Dispose may interleave
    // (a CI run once failed on exactly that).
    [Fact]
    public async Task The_outbox_dispatcher_can_be_stopped_while_it_is_being_disposed()
    {
        var failures = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(_host.Services);
            using var go = new ManualResetEventSlim();
            var stopping = Task.Run(async () =>
            {
                go.Wait();
                await dispatcher.StopAsync(CancellationToken.None);
            });
            var disposing = Task.Run(() =>
            {
                go.Wait();
                dispatcher.Dispose();
            });
            go.Set();
            try
            {
                await Task.WhenAll(stopping, disposing);
            }
            catch (ObjectDisposedException)
            {
                failures++;
            }
        }

        Assert.Equal(0, failures);
    }
}
