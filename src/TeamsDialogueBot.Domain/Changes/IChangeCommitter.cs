namespace TeamsDialogueBot.Domain.Changes;

/// <summary>Stores a <see cref="ChangeSet"/> atomically (the unit of work of a turn).</summary>
public interface IChangeCommitter
{
    Task<CommitResult> CommitAsync(ChangeSet changes, CancellationToken cancellationToken);
}
