using System.Collections.Concurrent;
using System.Text;

namespace TeamsDialogueBot.Protocol.Activities;

/// <summary>
/// One string object per value for the fields that repeat on every activity of a meeting: the channel's constants
/// ("invoke", "msteams", "groupChat"…) and the meeting's addresses (serviceUrl, tenant, conversation and meeting ids).
/// A vote storm otherwise allocates the same dozen strings again for each of thousands of requests.
/// </summary>
/// <remarks>
/// Bounded: once <see cref="Capacity"/> values are held, new values are returned as fresh strings and not kept, so a
/// sender of endless distinct values costs a fixed amount of memory. Values held are never removed; they are a few
/// hundred bytes each and belong to conversations that may come back.
/// </remarks>
internal sealed class RecurringStrings
{
    /// <summary>Longer values are rare and not worth a lookup (a conversation id is ~70 bytes, a meeting id ~110).</summary>
    public const int MaxUtf8Length = 256;

    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byChars;

    public RecurringStrings(int capacity)
    {
        Capacity = capacity;
        _byChars = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static RecurringStrings Shared { get; } = new(4096);

    public int Capacity { get; }

    public int Count => _values.Count;

    /// <summary>The held string equal to <paramref name="utf8"/>, else a new one (kept while there is room).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxUtf8Length)
        {
            return Encoding.UTF8.GetString(utf8);
        }

        Span<char> chars = stackalloc char[MaxUtf8Length];
        var length = Encoding.UTF8.GetChars(utf8, chars);
        var text = chars[..length];
        if (_byChars.TryGetValue(text, out var held))
        {
            return held;
        }

        var value = new string(text);
        return _values.Count < Capacity ? _values.GetOrAdd(value, value) : value;
    }
}
