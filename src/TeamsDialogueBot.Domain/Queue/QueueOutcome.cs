namespace TeamsDialogueBot.Domain.Queue;

/// <summary>What an operation on the speakers' list did, or why it did nothing.</summary>
public enum QueueOutcome
{
    Requested,
    TopicUpdated,
    AlreadyWaiting,
    Withdrawn,
    OnHold,
    Resumed,
    FloorGiven,
    InterventionEnded,
    Skipped,
    Moved,
    Removed,
    Opened,
    Closed,
    Cleared,
    PolicyChanged,
    SpeakingTimeChanged,
    Unchanged,

    QueueClosed,
    NotWaiting,
    NotOnHold,
    NotFound,
    Ambiguous,
    NobodyWaiting,
    InvalidPosition,
    InvalidSpeakingTime,

    /// <summary>A queued entry's speaker details corrected (<see cref="SpeakersList.CorrectSpeaker"/>).</summary>
    SpeakerCorrected,
}
