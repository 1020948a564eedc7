using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// Reads the Q&amp;A boards of a conversation. Changes are saved through <see cref="Changes.IChangeCommitter"/>
/// (<see cref="Changes.StagedWrite.SaveQuestionBoard"/>), guarded by the version read, so no question or upvote is lost.
/// </summary>
public interface IQuestionBoardStore
{
    Task<QuestionBoard?> FindAsync(string conversationId, AgendaPosition position, CancellationToken cancellationToken);

    /// <summary>Every board of the conversation, by item and panel.</summary>
    Task<IReadOnlyList<QuestionBoard>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
