using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>The Q&amp;A part of the room display, a pure function of the current position's board.</summary>
public static class DisplayQuestionsBuilder
{
    /// <summary>How many questions the display lists, most upvoted first.</summary>
    public const int TopCount = 5;

    /// <summary>Characters of a question the screen shows; the card has the rest.</summary>
    public const int TextLength = 240;

    /// <summary>Null when there is nothing to show: a Q&amp;A that is closed and has no question everyone can see.</summary>
    /// <param name="texts">The dialogue's language, for the counts written out (English when not given).</param>
    public static DisplayQuestions? Build(QuestionBoard? board, Texts? texts = null)
    {
        texts ??= Texts.English;
        if (board is null)
        {
            return null;
        }

        var ranked = board.Ranked();
        if (!board.IsOpen && ranked.Count == 0)
        {
            return null;
        }

        return new DisplayQuestions(
            board.IsOpen,
            ranked.Count,
            [.. ranked.Take(TopCount).Select(r => new DisplayQuestion(
                r.Question.Number,
                CardText.Truncate(r.Question.Text, TextLength),
                r.Question.AskedBy,
                r.Question.AddressedTo,
                r.Votes,
                r.Question.State == QuestionState.Answered,
                texts.Plural("Display.Upvotes", r.Votes)))],
            ranked.Count > TopCount ? texts.Plural("Display.MoreQuestions", ranked.Count - TopCount) : null);
    }
}
