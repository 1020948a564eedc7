namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>Keeps dialogues. Saving is optimistic: it fails with <see cref="ConcurrencyConflictException"/>
/// when someone else saved the dialogue since it was read, so no update is ever lost.</summary>
public interface IDialogueStore
{
    Task<Dialogue?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <param name="expectedVersion">The version the dialogue had when read; 0 for a new dialogue.</param>
    Task SaveAsync(Dialogue dialogue, long expectedVersion, CancellationToken cancellationToken);
}
