using System.Text;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>
/// A phone's action on the floor page, applied as a turn of the dialogue's conversation through the
/// <see cref="TurnExecutor"/>: batched with the Teams turns, so phones and `q+` share one ordered list, and claimed
/// under "phone:{browser id}:{request id}", so a double submit of one form applies once and answers the same twice.
/// </summary>
public sealed partial class PhoneRequests(TurnExecutor executor, ILogger<PhoneRequests> logger)
{
    /// <summary>The longest request id a page may send (the script sends a UUID; the no-script form a server-made id).</summary>
    public const int MaxRequestId = 64;

    public static bool LooksLikeRequestId(string? id) =>
        id is { Length: > 0 and <= MaxRequestId } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <param name="token">The link token the page was opened with: the turn checks it is still the current one.</param>
    /// <param name="reference">Where the dialogue's conversation lives, as stored (the dialogue's, else the link's).</param>
    public async Task<PhoneOutcome> RunAsync(
        ConversationReference reference, string token, PhoneVisitor visitor, PhoneAction action, string requestId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(visitor);
        if (!LooksLikeRequestId(requestId))
        {
            throw new ArgumentException("Not a request id.", nameof(requestId));
        }

        var me = ParticipantId.ForPhone(visitor.BrowserId);

        // Only the caller and the claim: Teams never sent this activity, so nothing else of it may be read as if it had.
        var activity = new Activity
        {
            Type = "floorPhone",
            Id = me.Value + ":" + requestId,
            ChannelId = reference.ChannelId,
            From = new ChannelAccount { Id = me.Value, Name = visitor.Name },
            Conversation = new ConversationAccount { Id = reference.ConversationId },
        };
        var answer = await executor.RunExternalAsync(new Turn(activity, reference), async (context, ct) =>
        {
            var outcome = await ApplyAsync(context, token, me, visitor, action, ct);
            return new InvokeResponse(200, Encoding.UTF8.GetBytes(outcome.ToString()));
        }).WaitAsync(cancellationToken);
        var outcome = answer?.Body is { } body && Enum.TryParse<PhoneOutcome>(Encoding.UTF8.GetString(body.Span), out var stored)
            ? stored
            : PhoneOutcome.AlreadyWaiting;
        // The request id is user-controlled but checked above to be a short run of letters, digits, '-' and '_'.
        LogAction(logger, action, outcome, requestId);
        return outcome;
    }

    private static async Task<PhoneOutcome> ApplyAsync(
        TurnContext context, string token, ParticipantId me, PhoneVisitor visitor, PhoneAction action, CancellationToken cancellationToken)
    {
        var link = await context.Session.FloorLinkAsync(cancellationToken);
        if (!link.Opens(token))
        {
            return PhoneOutcome.LinkGone;
        }

        var position = context.Session.CurrentPosition;
        if (action == PhoneAction.Request)
        {
            if (!link.IsOn)
            {
                return PhoneOutcome.RequestsClosed;
            }

            var list = await context.Session.ListAsync(position, cancellationToken);
            if (list.Current?.Speaker.Id == me)
            {
                return PhoneOutcome.HasTheFloor;
            }

            var speaker = SpeakerOf(me, visitor, list);
            var (_, requested) = await SpeakersListService.ChangeAsync(context, position, l => l.Request(speaker, null, null, context.Now), cancellationToken);
            return requested.Outcome switch
            {
                QueueOutcome.Requested => PhoneOutcome.Requested,
                QueueOutcome.QueueClosed => PhoneOutcome.ListClosed,
                _ => PhoneOutcome.AlreadyWaiting,
            };
        }

        if (action == PhoneAction.CorrectDetails)
        {
            var list = await context.Session.ListAsync(position, cancellationToken);
            var speaker = SpeakerOf(me, visitor, list);
            var (_, corrected) = await SpeakersListService.ChangeAsync(context, position, l => l.CorrectSpeaker(speaker), cancellationToken);
            return corrected.Outcome is QueueOutcome.SpeakerCorrected or QueueOutcome.Unchanged ? PhoneOutcome.AlreadyWaiting : PhoneOutcome.NotWaiting;
        }

        Func<SpeakersList, QueueResult> change = action switch
        {
            PhoneAction.Withdraw => l => l.Withdraw(me),
            PhoneAction.Hold => l => l.Hold(me),
            _ => l => l.Resume(me),
        };
        var (_, result) = await SpeakersListService.ChangeAsync(context, position, change, cancellationToken);
        return result.Outcome switch
        {
            QueueOutcome.Withdrawn => PhoneOutcome.Withdrawn,
            QueueOutcome.OnHold => PhoneOutcome.OnHold,
            QueueOutcome.Resumed => PhoneOutcome.Resumed,
            QueueOutcome.NotOnHold => PhoneOutcome.NotOnHold,
            _ => PhoneOutcome.NotWaiting,
        };
    }

    // Someone in the room, as the phone's cookie describes them, in the list's own stakeholder groups.
    private static Speaker SpeakerOf(ParticipantId me, PhoneVisitor visitor, SpeakersList list) =>
        new(me, visitor.Name, visitor.Organisation, QueueFeature.GroupOf(visitor.Group, list.Groups), SpeakerChannel.Room);

    [LoggerMessage(Level = LogLevel.Information, Message = "Phone {Action}: {Outcome} (request {RequestId})")]
    private static partial void LogAction(ILogger logger, PhoneAction action, PhoneOutcome outcome, string requestId);
}
