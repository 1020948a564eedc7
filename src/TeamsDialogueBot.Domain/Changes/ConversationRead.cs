using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Changes;

/// <summary>
/// What a batch of turns of one conversation needs before deciding anything, read in one round trip: which of
/// its activities were applied already, the dialogue, the current item's speakers' list and the callers' profiles.
/// </summary>
public sealed record ConversationRead(
    Dialogue? Dialogue,
    SpeakersList? CurrentList,
    IReadOnlyDictionary<string, ActivityClaim> Claimed,
    IReadOnlyDictionary<ParticipantId, Speaker> Profiles);
