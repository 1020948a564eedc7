using System.Globalization;

namespace TeamsDialogueBot.Domain.Polls;

/// <summary>A poll's short id, unique within its conversation: "p1", "p2", …</summary>
public readonly record struct PollId(string Value)
{
    /// <summary>The sequence number inside the id ("p7" → 7); 0 for an id not made by <see cref="Next"/>.</summary>
    public int Sequence =>
        Value is { Length: > 1 } && Value[0] == 'p'
        && int.TryParse(Value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : 0;

    public static PollId Next(int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new PollId(string.Create(CultureInfo.InvariantCulture, $"p{sequence}"));
    }

    /// <summary>Reads an id as a chair types it: "p3", "P3" or just "3".</summary>
    public static bool TryParse(string? text, out PollId id)
    {
        id = default;
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'p' || span[0] == 'P'))
        {
            span = span[1..];
        }

        if (span.Length is 0 or > 6
            || !int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || sequence < 1)
        {
            return false;
        }

        id = Next(sequence);
        return true;
    }

    public override string ToString() => Value;
}
