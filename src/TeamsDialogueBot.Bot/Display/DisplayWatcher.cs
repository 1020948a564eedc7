using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// Hears of every change the bot shows a conversation and, once a burst has settled
/// (<see cref="DisplayOptions.Debounce"/>), pushes one fresh snapshot to its room displays. A rush of 300
/// votes becomes a few pushes, and the request path never waits for the display. A conversation without a display
/// link can have no display watching, so nothing more is read or pushed for it (in a many-meeting rush that is most).
/// </summary>
public sealed class DisplayWatcher(
    DisplaySnapshots snapshots,
    IDisplayTokens tokens,
    IDisplayPublisher publisher,
    IOptions<DisplayOptions> options,
    ConversationCache cache,
    TimeProvider time,
    ILogger<DisplayWatcher> logger) : ConversationPushes(time, options, logger)
{
    /// <summary>
    /// Sends a page that just connected (and joined its link's group) the current snapshot, in turn with the pushes, so
    /// a push read after this one cannot be overtaken by it.
    /// </summary>
    /// <param name="token">The link the page connected with.</param>
    public Task SendCurrentAsync(string conversationId, string token, Func<DisplaySnapshot, Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        return InTurnAsync(conversationId, async () =>
        {
            cache.Area(conversationId, "display", () => new LastLink()).Seed(token);
            await send(await snapshots.LoadAsync(conversationId, cancellationToken));
        }, cancellationToken);
    }

    protected override async Task PushAsync(string conversationId)
    {
        // The link is read each time (a `display rotate` replaces it): pages still open on a replaced one are told.
        if (await tokens.FindTokenAsync(conversationId, CancellationToken.None) is not { } token)
        {
            return;
        }

        var last = cache.Area(conversationId, "display", () => new LastLink());
        await last.MoveToAsync(token, previous => publisher.RevokeAsync(previous, CancellationToken.None));

        var snapshot = await snapshots.LoadAsync(conversationId, CancellationToken.None);
        await publisher.PublishAsync(token, snapshot, CancellationToken.None);
    }
}
