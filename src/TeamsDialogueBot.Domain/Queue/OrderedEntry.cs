namespace TeamsDialogueBot.Domain.Queue;

/// <summary>A queued entry at its 1-based <paramref name="Position"/>, with why it is there as data (<see cref="Why"/>).</summary>
public sealed record OrderedEntry(int Position, SpeakerEntry Entry, OrderReason Why)
{
    /// <summary>The reason as an English sentence (the chat's replies and logs); made when asked, from <see cref="Why"/>.</summary>
    public string Reason => OrderReasonText.English(Why);
}
