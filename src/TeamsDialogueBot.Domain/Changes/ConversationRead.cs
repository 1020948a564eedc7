using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;
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
    IReadOnlyDictionary<ParticipantId, Speaker> Profiles)
{
    /// <summary>
    /// Whose profiles were looked for: one of them missing from <see cref="Profiles"/> has no stored profile, which the
    /// batch then knows without asking the store again (issue 17: every `q+` of someone new asked twice).
    /// </summary>
    public IReadOnlyCollection<ParticipantId> ProfilesAskedFor { get; init; } = [];

    /// <summary>
    /// Where the read looked for <see cref="CurrentList"/> (the stored dialogue's position, the first item without
    /// one): when that list is missing, no list is stored there, and the batch knows it without asking the store
    /// again (issue 17: the first `q+` of an item asked twice). Null when the reader does not say.
    /// </summary>
    public AgendaPosition? CurrentListLookedFor { get; init; }

    /// <summary>
    /// What a store's reader read: the list at the stored dialogue's position (the first item's without a dialogue) and
    /// the profiles of <paramref name="askedFor"/>, saying so, so that what it did not find is known to be absent.
    /// </summary>
    public static ConversationRead FromStore(
        Dialogue? dialogue,
        SpeakersList? currentList,
        IReadOnlyDictionary<string, ActivityClaim> claimed,
        IReadOnlyDictionary<ParticipantId, Speaker> profiles,
        IReadOnlyCollection<ParticipantId> askedFor) =>
        new(dialogue, currentList, claimed, profiles)
        {
            ProfilesAskedFor = askedFor,
            CurrentListLookedFor = dialogue?.CurrentPosition ?? AgendaPosition.Item(0),
        };
}
