using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Domain.Floor;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// The floor pages' side of what <see cref="DisplayWatcher"/> does for the room display: hears of every change, and
/// once a burst has settled (<see cref="DisplayOptions.Debounce"/>) pushes one snapshot to the pages open on the
/// dialogue's link. A dialogue without a link has no pages, so nothing is read beyond the link for it.
/// </summary>
public sealed class FloorWatcher(
    IFloorLinks links,
    PhoneSnapshots snapshots,
    IFloorPublisher publisher,
    ConversationCache cache,
    IOptions<DisplayOptions> options,
    TimeProvider time,
    ILogger<FloorWatcher> logger) : ConversationPushes(time, options, logger)
{
    /// <summary>Sends a page that just connected the current snapshot, in turn with the pushes (see <see cref="ConversationPushes"/>).</summary>
    public Task SendCurrentAsync(FloorLink link, Func<PhoneSnapshot, Task> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(send);
        return InTurnAsync(link.ConversationId, async () =>
        {
            if (link.Token is { } token)
            {
                cache.Area(link.ConversationId, "floor", () => new LastLink()).Seed(token);
            }

            await send(await snapshots.LoadAsync(link, cancellationToken));
        }, cancellationToken);
    }

    protected override async Task PushAsync(string conversationId)
    {
        if (await links.FindAsync(conversationId, CancellationToken.None) is not { Token: { } token } link)
        {
            return;
        }

        // `floor qr rotate` replaces the link: pages still open on the old one are told.
        var last = cache.Area(conversationId, "floor", () => new LastLink());
        await last.MoveToAsync(token, previous => publisher.RevokeAsync(previous, CancellationToken.None));

        await publisher.PublishAsync(token, await snapshots.LoadAsync(link, CancellationToken.None), CancellationToken.None);
    }
}
