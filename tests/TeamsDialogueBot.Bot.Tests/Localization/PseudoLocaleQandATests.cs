using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The Q&amp;A card in every view, and its replies, in the pseudo-locale: nothing hard-coded is left.</summary>
public sealed class PseudoLocaleQandATests
{
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 15, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private static readonly string[] Data = ["III.2 Panel 2: Protection", "Ana Silva", "Li Wei", "Bo Secret", "Named?", "Hidden?", "Waiting?", "Answered?", "UNODC"];

    [Fact]
    public void Every_view_of_the_card_has_no_hard_coded_text()
    {
        var board = QuestionBoard.Create("19:meeting@thread.v2", new AgendaPosition(2, 2));
        Ask(board, "Named?", "ana", "Ana Silva", anonymous: false, to: "Li Wei");
        Ask(board, "Hidden?", "bo", "Bo Secret", anonymous: true, to: null);
        Ask(board, "Answered?", "li", "Li Wei", anonymous: false, to: null);
        Assert.True(board.Hide(Chair, 2, Start).Succeeded);
        Assert.True(board.MarkAnswered(Chair, 3, Start).Succeeded);
        Assert.True(board.SetModeration(Chair, true, Start).Succeeded);
        Ask(board, "Waiting?", "ana2", "Ana Silva", anonymous: false, to: null);
        var shared = new QandACardContext("III.2 Panel 2: Protection", ["Ana Silva", "Li Wei"], ["29:chair-1"]) { Texts = Pseudo };

        foreach (var view in new[]
        {
            shared,
            shared with { ChairView = true },
            shared with { Viewer = new QuestionVoter("ana"), Notice = Pseudo["QA.Notice.OnCard"], FormError = Pseudo["QA.Reply.TextEmpty"], FormText = "Named?" },
        })
        {
            var hardCoded = VisibleTexts.HardCoded(QandACard.Render(board, view), Data);
            Assert.True(hardCoded.Count == 0, string.Join(" | ", hardCoded));
        }
    }

    [Fact]
    public void Every_reply_comes_from_the_resources()
    {
        foreach (var outcome in Enum.GetValues<QandAOutcome>())
        {
            foreach (var state in Enum.GetValues<QuestionState>())
            {
                var question = new QuestionBoardTestQuestion(state).Question;
                var result = new QandAResult { Outcome = outcome, Succeeded = false, Question = question };
                if (QandAReplies.Explain(result, "III.2", Pseudo) is { } text)
                {
                    Assert.StartsWith("⟦", text, StringComparison.Ordinal);
                }
            }
        }
    }

    private static void Ask(QuestionBoard board, string text, string key, string name, bool anonymous, string? to) =>
        Assert.True(board.Ask(new QuestionDraft(text, new QuestionVoter(key), name, "UNODC", anonymous, to), Start).Succeeded);

    /// <summary>A question in a given state, as the board would hold it.</summary>
    private sealed class QuestionBoardTestQuestion(QuestionState state)
    {
        public Question Question
        {
            get
            {
                var board = QuestionBoard.Create("19:meeting@thread.v2", new AgendaPosition(2, 2));
                var asked = board.Ask(new QuestionDraft("Q?", new QuestionVoter("k"), "Ana Silva", null, false, null), Start).Question!;
                _ = state switch
                {
                    QuestionState.Hidden => board.Hide(Chair, asked.Number, Start),
                    QuestionState.Answered => board.MarkAnswered(Chair, asked.Number, Start),
                    _ => null,
                };
                return board.Questions.Single();
            }
        }
    }
}
