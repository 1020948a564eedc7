using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>What the asker, voter or chair is told about a Q&amp;A operation; null when the card says it all.</summary>
public static class QandAReplies
{
    /// <param name="texts">The chat's language for a typed command, the presser's own for a button.</param>
    public static string? Explain(QandAResult result, string heading, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        texts ??= Texts.English;
        var number = result.Question is { } q ? texts.Format("QA.Number", q.Number.ToString(CultureInfo.InvariantCulture)) : texts["QA.ThatQuestion"];
        return result.Outcome switch
        {
            QandAOutcome.QandAClosed => texts.Format("QA.Reply.QandAClosed", heading),
            QandAOutcome.TextEmpty => texts["QA.Reply.TextEmpty"],
            QandAOutcome.TextTooLong => texts.Format("QA.Reply.TextTooLong", QandALimits.Text),
            QandAOutcome.TextHasControlCharacters => texts["QA.Reply.TextHasControlCharacters"],
            QandAOutcome.NotFound => texts["QA.Reply.NotFound"],
            QandAOutcome.NotVotable => texts.Format("QA.Reply.NotVotable", number),
            QandAOutcome.NotApplicable => texts.Format("QA.Reply.NotApplicable." + (result.Question?.State ?? QuestionState.Visible), number),
            QandAOutcome.TooManyQuestions => texts.Format("QA.Reply.TooManyQuestions", QandALimits.Questions),
            QandAOutcome.TooManyFromAsker => texts.Format("QA.Reply.TooManyFromAsker", QandALimits.PerAsker),
            QandAOutcome.AskedPending => texts["QA.Reply.AskedPending"],
            QandAOutcome.Opened => texts.Format("QA.Reply.Opened", heading),
            QandAOutcome.Closed => texts.Format("QA.Reply.Closed", heading),
            QandAOutcome.ModerationOn => texts["QA.Reply.ModerationOn"],
            QandAOutcome.ModerationOff => texts["QA.Reply.ModerationOff"],
            QandAOutcome.Approved => texts.Format("QA.Reply.Approved", number),
            QandAOutcome.Hidden => texts.Format("QA.Reply.Hidden", number),
            QandAOutcome.Shown => texts.Format("QA.Reply.Shown", number),
            QandAOutcome.Answered => texts.Format("QA.Reply.Answered", number),
            QandAOutcome.Unchanged => texts["QA.Reply.Unchanged"],
            _ => null,
        };
    }

    /// <summary>A short machine code for a refused card action (the invoke error's code).</summary>
    public static string Code(QandAOutcome outcome) => outcome.ToString();
}
