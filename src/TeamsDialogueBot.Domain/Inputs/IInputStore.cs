namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// Reads inputs and the items' windows for inputs. Inputs are written through <see cref="Changes.IChangeCommitter"/>:
/// added (the id must be free) or saved guarded by the version they were read at, each input on its own.
/// </summary>
public interface IInputStore
{
    Task<Input?> FindAsync(string conversationId, InputId id, CancellationToken cancellationToken);

    /// <summary>Every input of the conversation (or of one agenda item), in every state, oldest first.</summary>
    Task<IReadOnlyList<Input>> ListAsync(string conversationId, int? itemIndex, CancellationToken cancellationToken);

    /// <summary>The highest sequence number given so far (i7 → 7), 0 when there is none.</summary>
    Task<int> LastSequenceAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The stored windows (items a co-chair closed or opened); an item without one is open.</summary>
    Task<IReadOnlyList<InputWindow>> WindowsAsync(string conversationId, CancellationToken cancellationToken);
}
