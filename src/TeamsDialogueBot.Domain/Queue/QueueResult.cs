namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// The answer of a speakers' list operation, for the Bot to turn into a message.
/// On NotFound, Ambiguous and InvalidPosition, <see cref="Candidates"/> holds the queue so the
/// chair can be told the valid positions.
/// </summary>
public sealed record QueueResult
{
    public required QueueOutcome Outcome { get; init; }
    public required bool Succeeded { get; init; }

    /// <summary>The entry the operation was about (the new speaker for `ack`).</summary>
    public SpeakerEntry? Entry { get; init; }

    /// <summary>The intervention that `ack` ended, if one was running.</summary>
    public SpeakerEntry? Ended { get; init; }

    /// <summary>1-based place of <see cref="Entry"/> in the queue after the operation, when it is queued.</summary>
    public int? Position { get; init; }
    public IReadOnlyList<OrderedEntry> Candidates { get; init; } = [];

    internal static QueueResult Ok(QueueOutcome outcome, SpeakerEntry? entry = null, int? position = null, SpeakerEntry? ended = null) =>
        new() { Outcome = outcome, Succeeded = true, Entry = entry, Position = position, Ended = ended };

    internal static QueueResult Fail(QueueOutcome outcome, IReadOnlyList<OrderedEntry>? candidates = null) =>
        new() { Outcome = outcome, Succeeded = false, Candidates = candidates ?? [] };
}
