using System.Globalization;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.QandA;

/// <summary>What the room display and the co-chairs' report get of a Q&amp;A: what everyone saw, names as the card shows them.</summary>
public sealed class QandAReadModelsTests
{
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private static readonly AgendaPosition Panel = new(2, 1);

    [Fact]
    public void The_report_gets_the_questions_everyone_saw_in_card_order_with_anonymous_askers_unnamed()
    {
        var board = Board();
        Ask(board, "Named, answered?", "ana", "Ana Silva", "UNODC");
        Ask(board, "Anonymous, upvoted?", "bo", "Bo Secret", "Org", anonymous: true, to: "Li Wei");
        board.Hide(Chair, Ask(board, "Hidden?", "cy", "Cy"), Start);
        board.SetModeration(Chair, true, Start);
        Ask(board, "Never approved?", "di", "Di");
        board.ToggleUpvote(2, new QuestionVoter("v1"));
        board.MarkAnswered(Chair, 1, Start.AddMinutes(5));

        var report = QandAReport.QuestionsForReport(board);

        Assert.Equal(
            [
                new ReportedQuestion(Panel, 2, "Anonymous, upvoted?", null, "Li Wei", 1, false, Start),
                new ReportedQuestion(Panel, 1, "Named, answered?", "Ana Silva (UNODC)", null, 0, true, Start),
            ],
            report);
    }

    [Fact]
    public void The_display_shows_the_five_most_upvoted_questions_counts_all_and_never_pending_or_hidden_ones()
    {
        var board = Board();
        for (var i = 1; i <= 7; i++)
        {
            Ask(board, "Question " + i.ToString(CultureInfo.InvariantCulture), "p" + i.ToString(CultureInfo.InvariantCulture), "Person", anonymous: i % 2 == 0);
        }

        board.ToggleUpvote(7, new QuestionVoter("v"));
        board.Hide(Chair, 1, Start);
        board.SetModeration(Chair, true, Start);
        Ask(board, "Pending", "p8", "Person");

        var display = DisplayQuestionsBuilder.Build(board)!;

        Assert.True(display.Open);
        Assert.Equal(6, display.Count);
        Assert.Equal([7, 2, 3, 4, 5], display.Top.Select(q => q.Number));
        Assert.Equal([1, 0, 0, 0, 0], display.Top.Select(q => q.Votes));
        Assert.Equal(["Person", null, "Person", null, "Person"], display.Top.Select(q => q.AskedBy));
    }

    [Fact]
    public void A_closed_QandA_without_questions_is_not_on_the_display_and_an_open_empty_one_is()
    {
        var board = Board();
        var empty = DisplayQuestionsBuilder.Build(board)!;
        Assert.Equal((true, 0), (empty.Open, empty.Count));
        Assert.Empty(empty.Top);

        board.Close(Chair, Start);

        Assert.Null(DisplayQuestionsBuilder.Build(board));
        Assert.Null(DisplayQuestionsBuilder.Build(null));
    }

    private static QuestionBoard Board() => QuestionBoard.Create("19:meeting@thread.v2", Panel);

    private static int Ask(QuestionBoard board, string text, string key, string name, string? organisation = null, bool anonymous = false, string? to = null)
    {
        var result = board.Ask(new QuestionDraft(text, new QuestionVoter(key), name, organisation, anonymous, to), Start);
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return result.Question!.Number;
    }
}
