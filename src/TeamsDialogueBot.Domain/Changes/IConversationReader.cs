using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Changes;

/// <summary>Reads a <see cref="ConversationRead"/> in one round trip to the database.</summary>
public interface IConversationReader
{
    Task<ConversationRead> ReadAsync(
        string conversationId, IReadOnlyCollection<string> activityIds, IReadOnlyCollection<ParticipantId> participants, CancellationToken cancellationToken);
}
