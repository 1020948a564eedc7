using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Tests.QandA;

internal static class QandAKit
{
    public static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly AgendaPosition PanelTwo = new(2, 2);

    public static Actor Chair { get; } = new("aad-chair", "Co-chair");

    public static QuestionBoard Panel() => QuestionBoard.Create("19:meeting@thread.v2", PanelTwo);

    public static QuestionVoter Voter(string name) => new("v-" + name);

    public static QuestionDraft Draft(string text, string asker = "ana", bool anonymous = false, string? to = null) =>
        new(text, Voter(asker), asker, "UNODC", anonymous, to);

    /// <summary>Asks and returns the question's number.</summary>
    public static int Ask(QuestionBoard board, string text, string asker = "ana", int second = 0)
    {
        var result = board.Ask(Draft(text, asker), Start.AddSeconds(second));
        Assert.True(result.Succeeded, result.Outcome.ToString());
        return result.Question!.Number;
    }

    public static void Upvote(QuestionBoard board, int number, params string[] voters)
    {
        foreach (var voter in voters)
        {
            Assert.Equal(QandAOutcome.Upvoted, board.ToggleUpvote(number, Voter(voter)).Outcome);
        }
    }

    public static string[] Texts(QuestionBoard board) => [.. board.Ranked().Select(r => r.Question.Text)];
}
