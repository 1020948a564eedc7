using TeamsDialogueBot.Domain.Changes;

namespace TeamsDialogueBot.Storage;

/// <summary>
/// A change set's guard failed (a version check, an activity claim): the group commit rolls that change set back
/// alone and its caller gets <see cref="Result"/>.
/// </summary>
public sealed class WriteRejectedException : Exception
{
    public WriteRejectedException()
        : this(new CommitResult.Conflict("unknown"))
    {
    }

    public WriteRejectedException(string message)
        : this(new CommitResult.Conflict(message))
    {
    }

    public WriteRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Result = new CommitResult.Conflict(message);
    }

    public WriteRejectedException(CommitResult result)
        : base(result?.ToString())
    {
        Result = result ?? throw new ArgumentNullException(nameof(result));
    }

    public CommitResult Result { get; }
}
