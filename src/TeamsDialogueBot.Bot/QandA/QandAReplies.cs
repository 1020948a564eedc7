using System.Globalization;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>What the asker, voter or chair is told about a Q&amp;A operation; null when the card says it all.</summary>
public static class QandAReplies
{
    public static string? Explain(QandAResult result, string heading)
    {
        ArgumentNullException.ThrowIfNull(result);
        var number = result.Question is { } q ? string.Create(CultureInfo.InvariantCulture, $"#{q.Number}") : "That question";
        return result.Outcome switch
        {
            QandAOutcome.QandAClosed => $"The Q&A of {heading} is closed: no new questions or upvotes.",
            QandAOutcome.TextEmpty => "Your question is empty. Type it after `ask`, e.g. `ask What comes next?`.",
            QandAOutcome.TextTooLong => $"A question may have at most {QandALimits.Text} characters. Shorten it and ask again.",
            QandAOutcome.TextHasControlCharacters => "Your question contains control characters. Type it again as plain text.",
            QandAOutcome.NotFound => "There is no such question on this Q&A.",
            QandAOutcome.NotVotable => $"{number} is not on the card (waiting for approval or hidden), so it can't be upvoted.",
            QandAOutcome.NotApplicable => $"{number} is {StateWord(result.Question?.State)}: that doesn't apply to it.",
            QandAOutcome.TooManyQuestions => $"This Q&A is full ({QandALimits.Questions} questions).",
            QandAOutcome.TooManyFromAsker => $"You have asked {QandALimits.PerAsker} questions here, the most one person may.",
            QandAOutcome.AskedPending => "Thank you — your question waits for the co-chairs' approval before it shows on the card.",
            QandAOutcome.Opened => $"The Q&A of {heading} is open: `ask <question>` or the form on the Q&A card.",
            QandAOutcome.Closed => $"The Q&A of {heading} is closed. What was asked stays on the card.",
            QandAOutcome.ModerationOn => "Pre-moderation is on: new questions wait for a co-chair's approval (Approve on your view of the card).",
            QandAOutcome.ModerationOff => "Pre-moderation is off: new questions show at once. Those already waiting still need approval.",
            QandAOutcome.Approved => $"{number} is on the card.",
            QandAOutcome.Hidden => $"{number} is hidden from the card, the room display and the report.",
            QandAOutcome.Shown => $"{number} is back on the card.",
            QandAOutcome.Answered => $"{number} is marked answered.",
            QandAOutcome.Unchanged => "Nothing to change.",
            _ => null,
        };
    }

    public static string StateWord(QuestionState? state) => state switch
    {
        QuestionState.Pending => "waiting for approval",
        QuestionState.Hidden => "hidden",
        QuestionState.Answered => "answered",
        _ => "on the card",
    };

    /// <summary>A short machine code for a refused card action (the invoke error's code).</summary>
    public static string Code(QandAOutcome outcome) => outcome.ToString();
}
