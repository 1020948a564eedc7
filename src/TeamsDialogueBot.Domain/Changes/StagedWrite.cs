using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Domain.Reports;

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

    /// <summary>Inserts (expected 0) or updates a position's Q&amp;A board, questions and upvotes, provided nobody saved it since it was read.</summary>
    public sealed record SaveQuestionBoard(QuestionBoard Board, long ExpectedVersion) : StagedWrite;

    /// <summary>Inserts (expected 0) or updates the dialogue's floor link (`floor qr`), provided nobody saved it since it was read.</summary>
    public sealed record SaveFloorLink(FloorLink Link, long ExpectedVersion) : StagedWrite;

    /// <summary>A new input; conflicts when its id is taken (another instance gave the same id at the same moment).</summary>
    public sealed record AddInput(Input Input) : StagedWrite;

    /// <summary>An input's edit, withdrawal, hiding or showing, provided nobody saved it since it was read.</summary>
    public sealed record SaveInput(Input Input, long ExpectedVersion) : StagedWrite;

    /// <summary>Inserts (expected 0) or updates an item's window for inputs, provided nobody saved it since it was read.</summary>
    public sealed record SaveInputWindow(InputWindow Window, long ExpectedVersion) : StagedWrite;
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

    /// <summary>
    /// A new report link with its report (report.json as made at `report`); conflicts should the token hash be taken,
    /// so the turn is decided again with a fresh token.
    /// </summary>
    public sealed record AddReportLink(ReportLink Link, string Report) : StagedWrite;

    /// <summary>`report revoke`: every report link of the conversation not yet revoked is revoked at <paramref name="At"/>.</summary>
    public sealed record RevokeReportLinks(DateTimeOffset At) : StagedWrite;
}
