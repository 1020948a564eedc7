using System.Globalization;
using TeamsDialogueBot.Domain.Inputs;
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

    /// <summary>
    /// An input keeps what its author chose to publish, minus the person: the author's key, MRI and name go; a named
    /// input becomes organisation-only (anonymous without an organisation); an anonymous one loses the organisation it
    /// never showed; the co-chairs' hide/show entries keep action and time, not who.
    /// </summary>
    public static InputSnapshot Redact(InputSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var attribution = snapshot.Attribution == InputAttribution.Named
            ? snapshot.Organisation is null ? InputAttribution.Anonymous : InputAttribution.OrganisationOnly
            : snapshot.Attribution;
        return snapshot with
        {
            AuthorKey = Prefix + snapshot.Id,
            AuthorMri = null,
            AuthorName = null,
            Attribution = attribution,
            Organisation = attribution == InputAttribution.Anonymous ? null : snapshot.Organisation,
            Audit = [.. snapshot.Audit.Select(a => a with { ActorId = Prefix, ActorName = Prefix })],
        };
    }

    /// <summary>The co-chairs who closed or opened an item for inputs.</summary>
    public static InputWindowSnapshot Redact(InputWindowSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot with { Audit = [.. snapshot.Audit.Select(a => a with { ActorId = Prefix, ActorName = Prefix })] };
    }
}
