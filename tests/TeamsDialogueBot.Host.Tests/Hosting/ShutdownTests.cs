using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Hosting;

/// <summary>
/// Shutting down never fails on the bot's own services. With the minimal-hosting model a test host (and an app
/// whose Run loop sees the stop) can stop the host on one thread while the container disposes its singletons on
/// another, so a hosted service's StopAsync and Dispose may interleave (a CI run once failed on exactly that).
/// </summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task The_outbox_dispatcher_can_be_stopped_while_it_is_being_disposed()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(connector);
        var failures = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(host.Services);
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
