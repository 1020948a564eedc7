namespace TeamsDialogueBot.Domain.Queue;

/// <summary>A queued entry at its 1-based <paramref name="Position"/>, with why it is there (in English; <see cref="Why"/> as data).</summary>
public sealed record OrderedEntry(int Position, SpeakerEntry Entry, string Reason)
{
    /// <summary>The reason as data, for texts in other languages.</summary>
    public OrderReason? Why { get; init; }
}
