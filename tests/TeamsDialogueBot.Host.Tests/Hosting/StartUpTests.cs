using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Hosting;

/// <summary>
/// The start-up warm-up (HotPathWarmUp) runs the vote's code and the outbox's send pipeline before the host listens;
/// none of it may reach Teams or the database.
/// </summary>
public sealed class StartUpTests
{
    [Fact]
    public async Task Starting_the_bot_sends_nothing_to_Teams_and_leaves_nothing_in_the_outbox()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(connector);
        await host.SettleAsync();

        Assert.Empty(connector.Requests);
        var outbox = host.Services.GetRequiredService<IOutboxStore>();
        Assert.Empty(await outbox.ConversationsWithPendingAsync(10, CancellationToken.None));
        Assert.Empty(await outbox.SentSinceAsync("warm-up", DateTimeOffset.UnixEpoch, CancellationToken.None));
    }
}
