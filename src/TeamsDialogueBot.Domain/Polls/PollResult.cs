using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Domain.Polls;

/// <summary>Either a value or the <see cref="PollError"/> that prevented it.</summary>
public sealed class PollResult<T>
{
    public PollResult(T value)
    {
        Value = value;
    }

    public PollResult(PollError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public T? Value { get; }

    public PollError? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;
}
