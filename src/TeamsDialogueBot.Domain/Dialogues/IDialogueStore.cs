namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>Reads dialogues. Changes are saved through <see cref="Changes.IChangeCommitter"/>, guarded by their version.</summary>
public interface IDialogueStore
{
    Task<Dialogue?> FindAsync(string conversationId, CancellationToken cancellationToken);
}
