using System.Globalization;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>The co-chairs' side of a Q&amp;A; every change is recorded in the audit trail under the chair's command word.</summary>
public sealed partial class QuestionBoard
{
    /// <summary>`qa on`.</summary>
    public QandAResult Open(Actor actor, DateTimeOffset now) => SetOpen(actor, now, open: true);

    /// <summary>`qa off`: no new questions or upvotes; what was asked stays.</summary>
    public QandAResult Close(Actor actor, DateTimeOffset now) => SetOpen(actor, now, open: false);

    /// <summary>`qa moderate on|off`. Turning it off leaves questions already waiting to the chairs: none is approved unseen.</summary>
    public QandAResult SetModeration(Actor actor, bool moderated, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsModerated == moderated)
        {
            return QandAResult.Ok(QandAOutcome.Unchanged);
        }

        IsModerated = moderated;
        Record(actor, now, moderated ? "qa moderate on" : "qa moderate off", "");
        return QandAResult.Ok(moderated ? QandAOutcome.ModerationOn : QandAOutcome.ModerationOff);
    }

    /// <summary>A pending question becomes visible to everyone.</summary>
    public QandAResult Approve(Actor actor, int number, DateTimeOffset now) =>
        Transition(actor, number, now, "approve", QuestionState.Visible, QandAOutcome.Approved, QuestionState.Pending);

    /// <summary>Taken off the card, the room display and the report; kept for the audit trail.</summary>
    public QandAResult Hide(Actor actor, int number, DateTimeOffset now) =>
        Transition(actor, number, now, "hide", QuestionState.Hidden, QandAOutcome.Hidden, QuestionState.Pending, QuestionState.Visible, QuestionState.Answered);

    /// <summary>A hidden question shown again, or an answered one put back among the open ones (a chair's slip).</summary>
    public QandAResult Show(Actor actor, int number, DateTimeOffset now) =>
        Transition(actor, number, now, "show", QuestionState.Visible, QandAOutcome.Shown, QuestionState.Hidden, QuestionState.Answered);

    /// <summary>The panel answered it (a pending one may be answered aloud before anyone approved it).</summary>
    public QandAResult MarkAnswered(Actor actor, int number, DateTimeOffset now) =>
        Transition(actor, number, now, "answered", QuestionState.Answered, QandAOutcome.Answered, QuestionState.Pending, QuestionState.Visible);

    private QandAResult SetOpen(Actor actor, DateTimeOffset now, bool open)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (IsOpen == open)
        {
            return QandAResult.Ok(QandAOutcome.Unchanged);
        }

        IsOpen = open;
        Record(actor, now, open ? "qa on" : "qa off", "");
        return QandAResult.Ok(open ? QandAOutcome.Opened : QandAOutcome.Closed);
    }

    private QandAResult Transition(Actor actor, int number, DateTimeOffset now, string action, QuestionState to, QandAOutcome outcome, params QuestionState[] from)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var question = Find(number);
        if (question is null)
        {
            return QandAResult.Fail(QandAOutcome.NotFound);
        }

        if (!from.Contains(question.State))
        {
            return QandAResult.Fail(QandAOutcome.NotApplicable, question);
        }

        var changed = question with { State = to, ChangedAt = now };
        Replace(changed);
        Record(actor, now, action, string.Create(CultureInfo.InvariantCulture, $"#{number}"));
        return QandAResult.Ok(outcome, changed);
    }
}
