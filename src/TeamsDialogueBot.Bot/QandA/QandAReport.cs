using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// The Q&amp;A as the co-chairs' report needs it: per position, the questions everyone saw, in the card's order (open
/// ones by upvotes then time, answered ones after). Hidden questions are left out, and so are those still waiting for
/// approval: the chairs never let them into the meeting.
/// </summary>
public sealed class QandAReport(Programme programme, IQuestionBoardStore boards)
{
    public static IReadOnlyList<ReportedQuestion> QuestionsForReport(QuestionBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return [.. board.Ranked().Select(r => new ReportedQuestion(
            board.Position,
            r.Question.Number,
            r.Question.Text,
            r.Question.AskedBy,
            r.Question.AddressedTo,
            r.Votes,
            r.Question.State == QuestionState.Answered,
            r.Question.AskedAt))];
    }

    /// <summary>
    /// Inside a turn (the `report` command): the item's own Q&amp;A and each of its panels', as the session sees them
    /// (the batch's earlier changes included). Positions nobody asked anything on give nothing.
    /// </summary>
    public async Task<IReadOnlyList<ReportedQuestion>> QuestionsForReportAsync(ConversationSession session, int itemIndex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var questions = new List<ReportedQuestion>();
        foreach (var position in PositionsOf(itemIndex))
        {
            questions.AddRange(QuestionsForReport(await session.QuestionsAsync(position, cancellationToken)));
        }

        return questions;
    }

    /// <summary>Outside a turn: every question of the conversation from the store, by item and panel.</summary>
    public async Task<IReadOnlyList<ReportedQuestion>> QuestionsForReportAsync(string conversationId, CancellationToken cancellationToken) =>
        [.. (await boards.ListAsync(conversationId, cancellationToken)).SelectMany(QuestionsForReport)];

    private IEnumerable<AgendaPosition> PositionsOf(int itemIndex) => programme.Positions.Where(p => p.ItemIndex == itemIndex);
}
