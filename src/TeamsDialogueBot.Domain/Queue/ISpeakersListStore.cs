using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Reads the <see cref="SpeakersList"/> of each agenda item of a conversation. Changes are saved through
/// <see cref="Changes.IChangeCommitter"/>, guarded by the version read, so no request for the floor is ever lost.
/// </summary>
public interface ISpeakersListStore
{
    Task<SpeakersList?> FindAsync(string conversationId, AgendaPosition position, CancellationToken cancellationToken);

    /// <summary>Every list of the conversation, by item and panel.</summary>
    Task<IReadOnlyList<SpeakersList>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
