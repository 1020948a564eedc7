using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>The ordering policies and "why next" in the card's language, from the reasons the domain gives as data.</summary>
public static class OrderReasons
{
    public static string Explain(OrderedEntry ordered, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        ArgumentNullException.ThrowIfNull(texts);
        var why = ordered.Why;
        // Request times as the domain has always shown them: the clock of the stored instant, to the second.
        var at = why.RequestedAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
        var side = why.Channel == SpeakerChannel.Room ? "Room" : "Remote";
        return why.Kind switch
        {
            OrderReasonKind.PinnedByChair => texts["Queue.Why.PinnedByChair"],
            OrderReasonKind.RequestedAt => texts.Format("Queue.Why.RequestedAt", at),
            OrderReasonKind.FirstIntervention => texts.Format("Queue.Why.FirstIntervention", at),
            OrderReasonKind.SpokenBefore => texts.Format("Queue.Why.SpokenBefore", at),
            OrderReasonKind.OnHoldKeepsChannelPlace => texts["Queue.Why.OnHold." + side],
            OrderReasonKind.EarliestRequest => texts.Format("Queue.Why.EarliestRequest", at),
            OrderReasonKind.AlternatesAfterLastSpeaker => texts["Queue.Why.AfterLastSpeaker." + side],
            OrderReasonKind.AlternatesAfterPreviousInLine => texts["Queue.Why.AfterPrevious." + side],
            OrderReasonKind.NobodyWaitingOnOtherChannel => texts.Format("Queue.Why.NobodyWaiting." + side, at),
            OrderReasonKind.OnHoldKeepsGroupPlace => texts.Format("Queue.Why.OnHoldGroup", why.Group),
            OrderReasonKind.EarliestRequestOfGroup => texts.Format("Queue.Why.EarliestRequestOfGroup", why.Group, at),
            OrderReasonKind.NextGroupInRotation => texts.Format("Queue.Why.NextGroup", why.Group),
            _ => texts.Format("Queue.Why.NoOtherGroup", at),
        };
    }

    /// <summary>What a policy does, for the card's status line and the chair's confirmation.</summary>
    public static string DescribePolicy(OrderingPolicy policy, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts["Queue.Policy." + policy.CommandWord()];
    }
}
