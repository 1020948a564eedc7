using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using static TeamsDialogueBot.Bot.Tests.Reports.ReportKit;

namespace TeamsDialogueBot.Bot.Tests.Reports;

public sealed class QandAReportContributorTests
{
    private readonly ReportKit _kit = new();

    public QandAReportContributorTests()
    {
        var boards = new Moq.Mock<IQuestionBoardStore>().Object;
        _kit.Contributors.Add(new QandAReportContributor(new QandAReport(ReportKit.Programme, boards)));
    }

    [Fact]
    public async Task Each_panel_gets_its_questions_by_upvotes_without_hidden_or_pending_ones_and_anonymous_askers_stay_nameless()
    {
        var panelOne = QuestionBoard.Create(ConversationId, new AgendaPosition(2, 1));
        Ask(panelOne, "Who reviews the reviewers?", "Ana Lima", anonymous: false, Start.AddMinutes(1), to: "Li Wei");
        Ask(panelOne, "Is the funding secured?", "Ben Okafor", anonymous: true, Start.AddMinutes(2));
        Ask(panelOne, "Off-topic advertisement", "Cai Wen", anonymous: false, Start.AddMinutes(3));
        Assert.True(panelOne.ToggleUpvote(2, new QuestionVoter("v1")).Succeeded);
        Assert.True(panelOne.ToggleUpvote(2, new QuestionVoter("v2")).Succeeded);
        Assert.True(panelOne.Hide(Chair, 3, Start.AddMinutes(4)).Succeeded);
        Assert.True(panelOne.MarkAnswered(Chair, 1, Start.AddMinutes(5)).Succeeded);

        var panelTwo = QuestionBoard.Create(ConversationId, new AgendaPosition(2, 2));
        Assert.True(panelTwo.SetModeration(Chair, moderated: true, Start).Succeeded);
        Ask(panelTwo, "Waiting for approval", "Ana Lima", anonymous: false, Start.AddMinutes(6));
        _kit.QuestionBoards.AddRange([panelOne, panelTwo]);

        var model = await _kit.BuildAsync(ReportCoverage.Item(2), Start.AddMinutes(9));

        var parts = Assert.Single(model.Items).Parts;
        var one = Assert.Single(parts, p => p.Panel == 1);
        Assert.Equal(
            [("Is the funding secured?", null, null, 2, false), ("Who reviews the reviewers?", "Ana Lima", "Li Wei", 0, true)],
            one.Questions.Select(q => (q.Text, q.AskedBy, q.AddressedTo, q.Votes, q.Answered)));
        Assert.Equal(TimeSpan.FromHours(2), one.Questions[0].AskedAt.Offset);
        Assert.DoesNotContain(parts, p => p.Panel == 2 && p.Questions.Count > 0);
        Assert.DoesNotContain(parts, p => p.Panel is null && p.Questions.Count > 0);
    }

    [Fact]
    public async Task An_item_report_leaves_out_the_questions_of_other_items()
    {
        var board = QuestionBoard.Create(ConversationId, new AgendaPosition(2, 1));
        Ask(board, "On panel III.1", "Ana Lima", anonymous: false, Start);
        _kit.QuestionBoards.Add(board);

        var model = await _kit.BuildAsync(ReportCoverage.Item(3), Start.AddMinutes(9));

        Assert.All(model.Items.SelectMany(i => i.Parts), p => Assert.Empty(p.Questions));
    }

    private static void Ask(QuestionBoard board, string text, string asker, bool anonymous, DateTimeOffset at, string? to = null) =>
        Assert.True(board.Ask(new QuestionDraft(text, new QuestionVoter("k-" + asker), asker, null, anonymous, to), at).Succeeded);
}
