namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// One request for the floor on one agenda item. A participant who speaks and asks again gets a new
/// entry (a second intervention); asking again while still in the queue updates this one.
/// </summary>
public sealed record SpeakerEntry
{
    /// <summary>Sequence number within the list, in order of arrival; never reused.</summary>
    public required int Number { get; init; }
    public required Speaker Speaker { get; init; }

    /// <summary>"To say …", at most <see cref="TopicText.MaxLength"/> characters.</summary>
    public string? Topic { get; init; }

    /// <summary>Programme-wide number of the guiding question the speaker addresses, if any.</summary>
    public int? GuidingQuestion { get; init; }
    public required DateTimeOffset RequestedAt { get; init; }
    public EntryState State { get; init; } = EntryState.Waiting;

    /// <summary>1-based order in which entries got the floor on this item; null until called.</summary>
    public int? Turn { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>When the speaker was told privately that they are next (told once per entry).</summary>
    public DateTimeOffset? HeadsUpAt { get; init; }

    /// <summary>
    /// The UN language of the Teams locale the speaker asked with (issue 14): their private heads-up is written in it.
    /// Null for entries a chair typed, and in older rows; the heads-up then takes the dialogue's language.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>Position the chair placed this entry at with `move`; it follows the line as people ahead leave.</summary>
    public int? PinnedPosition { get; init; }

    /// <summary>
    /// Requested from the floor page on a phone in the room (issue 18). Kept when the entry's names are redacted, so the
    /// report can still say how many of the room's requests came from phones.
    /// </summary>
    public bool FromPhone { get; init; }

    public bool IsQueued => State is EntryState.Waiting or EntryState.OnHold;
}
