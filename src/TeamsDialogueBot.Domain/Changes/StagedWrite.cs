using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Changes;

/// <summary>One change a turn wants stored. The stores translate each kind into their own statements.</summary>
public abstract record StagedWrite
{
    private protected StagedWrite()
    {
    }

    /// <summary>Inserts (expected 0) or updates the dialogue, provided nobody saved it since it was read.</summary>
    public sealed record SaveDialogue(Dialogue Dialogue, long ExpectedVersion) : StagedWrite;

    /// <summary>Inserts (expected 0) or updates a speakers' list, provided nobody saved it since it was read.</summary>
    public sealed record SaveSpeakersList(SpeakersList List, long ExpectedVersion) : StagedWrite;

    /// <summary>A participant's profile; last write wins (only its owner writes it). A null MRI keeps the stored one.</summary>
    public sealed record SaveProfile(Speaker Profile, string? Mri) : StagedWrite;

    /// <summary>The chair resolver confirmed this MRI as a co-chair (for the chairs' card view).</summary>
    public sealed record RememberChair(string Mri) : StagedWrite;

    /// <summary>A new poll; conflicts when its id is taken (another instance launched one at the same moment).</summary>
    public sealed record AddPoll(Poll Poll) : StagedWrite;

    /// <summary>A poll's transition (close, reveal), provided nobody saved it since it was read.</summary>
    public sealed record SavePoll(Poll Poll, int ExpectedVersion) : StagedWrite;

    /// <summary>
    /// A participant joined (<paramref name="Online"/>) or left the meeting at <paramref name="At"/>. Last event wins per
    /// participant, by its time rather than its arrival, so a leave delivered before its join still ends offline. A join
    /// also counts the participant as attending the item current when it is stored. Never a conflict: no version guard.
    /// </summary>
    public sealed record RosterChange(ParticipantId Participant, string? Mri, bool Online, DateTimeOffset At) : StagedWrite;

    /// <summary>The meeting ended at <paramref name="At"/>: nobody is online any more.</summary>
    public sealed record RosterEnded(DateTimeOffset At) : StagedWrite;

    /// <summary>An item became current: everyone online now attends it.</summary>
    public sealed record AttendItem(int ItemIndex) : StagedWrite;

    /// <summary>
    /// The conversation's room display token: a first one (conflicts when another turn made one first), or with
    /// <paramref name="Replace"/> a new one that revokes the old at once.
    /// </summary>
    public sealed record SetDisplayToken(string Token, bool Replace) : StagedWrite;

    /// <summary>A message for the conversation, sent after the commit by the outbox dispatcher.</summary>
    public sealed record Enqueue(OutboxEntry Entry) : StagedWrite;
}
