namespace TeamsDialogueBot.Domain.Changes;

/// <summary>
/// Everything one or more turns of one conversation decided, committed as one transaction: the activities they
/// claim (so a redelivery applies nothing twice), the aggregates they changed (each guarded by the version it was
/// read at) and the messages they want sent (the outbox). Either all of it is stored or none of it.
/// </summary>
public sealed record ChangeSet(string ConversationId, IReadOnlyList<ActivityClaim> Claims, IReadOnlyList<StagedWrite> Writes)
{
    public bool IsEmpty => Claims.Count == 0 && Writes.Count == 0;
}
