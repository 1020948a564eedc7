using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// Refreshes the shared card of every open poll once the bot has started. A vote commits without an outbox entry of
/// its own and schedules its card's refresh in memory (<see cref="OutboxDispatcher.RefreshSoon"/>): a crash in the
/// middle of a vote left the card short of the votes of its last moments until someone voted again or a chair closed
/// the poll. The refresh renders what is stored, so a card that was up to date is merely sent again.
/// </summary>
public sealed partial class OpenPollCardsAtStart(
    IPollStore polls,
    IOutboxStore outbox,
    IDialogueStore dialogues,
    OutboxDispatcher dispatcher,
    ILogger<OpenPollCardsAtStart> logger) : BackgroundService
{
    // Far more than a deployment runs at once; the newest first, should there ever be more.
    private const int MaxPolls = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: SQLite's async calls complete synchronously, and the host waits for ExecuteAsync's
        // first real suspension before it listens.
        await Task.Yield();
        try
        {
            foreach (var open in await polls.OpenPollsAsync(MaxPolls, stoppingToken))
            {
                var slot = CardSlots.Poll(open.Id);
                if (await WhereAsync(open.ConversationId, slot, stoppingToken) is { } reference)
                {
                    dispatcher.RefreshSoon(reference, slot, TimeSpan.Zero);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // The cards stay as they were; the next vote or close refreshes them.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e);
        }
    }

    // Where the card lives: as its own last outbox entry said (a launch need not have saved the dialogue), else as
    // the dialogue says. Neither: the poll is old and quiet, and its card is left as it is.
    private async Task<ConversationReference?> WhereAsync(string conversationId, string slot, CancellationToken cancellationToken) =>
        await outbox.LastPayloadAsync(conversationId, slot, cancellationToken) is { } payload
            ? OutboxPayload.FromJson(payload).To
            : (await dialogues.FindAsync(conversationId, cancellationToken))?.Reference;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh the open polls' cards after start-up; the next vote or close of each does")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
