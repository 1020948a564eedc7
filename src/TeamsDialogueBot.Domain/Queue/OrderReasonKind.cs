namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Why an entry stands where it does in the line: what the speakers' list card explains as "why next".</summary>
public enum OrderReasonKind
{
    PinnedByChair,
    RequestedAt,
    FirstIntervention,
    SpokenBefore,
    OnHoldKeepsChannelPlace,
    EarliestRequest,
    AlternatesAfterLastSpeaker,
    AlternatesAfterPreviousInLine,
    NobodyWaitingOnOtherChannel,
    OnHoldKeepsGroupPlace,
    EarliestRequestOfGroup,
    NextGroupInRotation,
    NoOtherGroupWaiting,
}
