namespace TeamsDialogueBot.Domain.Changes;

/// <summary>What became of a <see cref="ChangeSet"/>: stored whole, or not at all and why.</summary>
public abstract record CommitResult
{
    private CommitResult()
    {
    }

    public static CommitResult Committed { get; } = new Stored();

    /// <summary>Everything is stored.</summary>
    public sealed record Stored : CommitResult;

    /// <summary>Someone else saved <paramref name="What"/> first: nothing is stored; re-read and decide again.</summary>
    public sealed record Conflict(string What) : CommitResult;

    /// <summary>The activity was claimed by another turn (a redelivery racing this one): nothing is stored.</summary>
    public sealed record Duplicate(string ActivityId) : CommitResult;
}
