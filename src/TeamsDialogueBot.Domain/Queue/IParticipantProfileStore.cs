namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// What the bot remembers about the people of a dialogue: each Teams participant as they described
/// themselves (a <see cref="Speaker"/>: name, organisation, stakeholder group, channel) with their Teams
/// MRI ("29:…", needed to mention them and to write to them 1:1), and which MRIs belong to co-chairs.
/// Written through <see cref="Changes.IChangeCommitter"/>.
/// </summary>
public interface IParticipantProfileStore
{
    Task<Speaker?> FindAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken);

    Task<string?> FindMriAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken);

    /// <summary>The co-chairs' MRIs, oldest first.</summary>
    Task<IReadOnlyList<string>> FindChairsAsync(string conversationId, CancellationToken cancellationToken);
}
