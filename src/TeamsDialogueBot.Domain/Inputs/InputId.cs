using System.Globalization;

namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>An input's short id, unique within its conversation: "i1", "i2", … (chairs type it: `inputs hide i3`).</summary>
public readonly record struct InputId(string Value)
{
    /// <summary>The sequence number inside the id ("i7" → 7); 0 for an id not made by <see cref="Next"/>.</summary>
    public int Sequence =>
        Value is { Length: > 1 } && Value[0] == 'i'
        && int.TryParse(Value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : 0;

    public static InputId Next(int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return new InputId(string.Create(CultureInfo.InvariantCulture, $"i{sequence}"));
    }

    /// <summary>Reads an id as a chair types it: "i3", "I3" or just "3".</summary>
    public static bool TryParse(string? text, out InputId id)
    {
        id = default;
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && (span[0] == 'i' || span[0] == 'I'))
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

    public override string ToString() => Value ?? string.Empty;
}
