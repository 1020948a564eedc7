using System.Globalization;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Retention;

/// <summary>
/// What is left of a snapshot once its participants are forgotten: stakeholder group, channel and times stay
/// (the floor figures are computed from them), names, ids, organisations, topics and the audit trail go.
/// </summary>
public static class Redaction
{
    public const string Prefix = "redacted:";

    public static SpeakersListSnapshot Redact(SpeakersListSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot with
        {
            Entries = [.. snapshot.Entries.Select(e => e with
            {
                Speaker = new Speaker(
                    new ParticipantId(Prefix + e.Number.ToString(CultureInfo.InvariantCulture)),
                    "Speaker " + e.Number.ToString(CultureInfo.InvariantCulture),
                    null,
                    e.Speaker.Group,
                    e.Speaker.Channel),
                Topic = null,
            })],
            Audit = [],
        };
    }

    /// <summary>The chairs who opened, closed or revealed the poll.</summary>
    public static PollSnapshot Redact(PollSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot with
        {
            OpenedBy = Prefix,
            ClosedBy = snapshot.ClosedBy is null ? null : Prefix,
            RevealedBy = snapshot.RevealedBy is null ? null : Prefix,
        };
    }

    /// <summary>
    /// Questions stay as anonymous text with their addressee, state and upvote counts; who asked (key, name,
    /// organisation), who upvoted (each voter's key becomes a placeholder, so the counts stay) and the audit trail go.
    /// </summary>
    public static QuestionBoardSnapshot Redact(QuestionBoardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot with
        {
            Questions = [.. snapshot.Questions.Select(q => q with
            {
                AskerKey = Prefix + q.Number.ToString(CultureInfo.InvariantCulture),
                AskerName = null,
                AskerOrganisation = null,
                Anonymous = true,
            })],
            Voters = [.. snapshot.Voters.Select((_, i) => Prefix + i.ToString(CultureInfo.InvariantCulture))],
            Audit = [],
        };
    }
}
