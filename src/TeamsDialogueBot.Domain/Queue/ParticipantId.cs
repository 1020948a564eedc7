namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Who requests the floor: the AAD object id of a Teams user, or, for someone in the room
/// whom a chair types in, an id derived from the normalised name, so that adding
/// "Ana Silva" and "ana  silva" is one person, not a duplicate. Someone requesting the floor from a phone
/// (issue 18) is the random id of their browser, never their name: two people may share one.
/// </summary>
public readonly record struct ParticipantId(string Value)
{
    private const string RoomNamePrefix = "name:";
    private const string PhonePrefix = "phone:";

    public bool IsTypedName => Value is not null && Value.StartsWith(RoomNamePrefix, StringComparison.Ordinal);

    /// <summary>Requests from the floor page on a phone: the entries are marked as such (<see cref="SpeakerEntry.FromPhone"/>).</summary>
    public bool IsPhone => Value is not null && Value.StartsWith(PhonePrefix, StringComparison.Ordinal);

    public static ParticipantId ForPhone(string browserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(browserId);
        return new ParticipantId(PhonePrefix + browserId);
    }

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
