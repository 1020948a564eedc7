using System.Globalization;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>The English sentence of an <see cref="OrderReason"/>; other languages word the same data in the bot's texts.</summary>
public static class OrderReasonText
{
    public static string English(OrderReason why)
    {
        ArgumentNullException.ThrowIfNull(why);
        var at = why.RequestedAt?.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return why.Kind switch
        {
            OrderReasonKind.PinnedByChair => "placed here by the chair",
            OrderReasonKind.RequestedAt => $"requested at {at}",
            OrderReasonKind.FirstIntervention => $"first intervention on this item; requested at {at}",
            OrderReasonKind.SpokenBefore => $"has spoken on this item already; requested at {at}",
            OrderReasonKind.OnHoldKeepsChannelPlace => $"on hold; keeps their place in the {(why.Channel == SpeakerChannel.Room ? "room" : "remote")} line",
            OrderReasonKind.EarliestRequest => $"earliest request, at {at}",
            OrderReasonKind.AlternatesAfterLastSpeaker => $"alternates with {Name(why.Channel)}: last speaker was {Where(why.Channel)}",
            OrderReasonKind.AlternatesAfterPreviousInLine => $"alternates with {Name(why.Channel)}: previous in line is {Where(why.Channel)}",
            OrderReasonKind.NobodyWaitingOnOtherChannel => $"nobody waiting {Where(why.Channel)}; requested at {at}",
            OrderReasonKind.OnHoldKeepsGroupPlace => $"on hold; keeps the place of {why.Group} in the rotation",
            OrderReasonKind.EarliestRequestOfGroup => $"earliest request ({why.Group}), at {at}",
            OrderReasonKind.NextGroupInRotation => $"next group in rotation: {why.Group}",
            OrderReasonKind.NoOtherGroupWaiting => $"no other group waiting; requested at {at}",
            _ => throw new ArgumentOutOfRangeException(nameof(why), why.Kind, null),
        };

        static string Name(SpeakerChannel? c) => c == SpeakerChannel.Room ? "the room" : "remote";
        static string Where(SpeakerChannel? c) => c == SpeakerChannel.Room ? "in the room" : "remote";
    }
}
