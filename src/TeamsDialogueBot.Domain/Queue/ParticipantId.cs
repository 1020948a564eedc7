namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Who requests the floor: the AAD object id of a Teams user, or, for someone in the room
/// whom a chair types in, an id derived from the normalised name, so that adding
/// "Ana Silva" and "ana  silva" is one person, not a duplicate.
/// </summary>
public readonly record struct ParticipantId(string Value)
{
    private const string RoomNamePrefix = "name:";

    public bool IsTypedName => Value is not null && Value.StartsWith(RoomNamePrefix, StringComparison.Ordinal);

    public static ParticipantId ForTypedName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new ParticipantId(RoomNamePrefix + NormaliseName(name));
    }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>Case- and spacing-insensitive form of a person's name, used for ids and `ack &lt;name&gt;` lookups.</summary>
    internal static string NormaliseName(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
