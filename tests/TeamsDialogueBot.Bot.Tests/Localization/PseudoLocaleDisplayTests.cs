using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Bot.Tests.Display.DisplayFixtures;
using AgendaPosition = TeamsDialogueBot.Domain.Programme.AgendaPosition;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>
/// The room display's snapshot in the pseudo-locale: every sentence the server writes for the screen (counts, the
/// rating's average, the ranking's points) comes from the resources; only names, poll texts and digits are data.
/// </summary>
public sealed class PseudoLocaleDisplayTests
{
    private static readonly Texts Pseudo = new(new PseudoTextSource(), "en");

    [Theory]
    [InlineData("\"Which first?\" \"Prevention\" \"Protection\"", "choice", "a")]
    [InlineData("\"How useful?\" rating", "rating", "4")]
    [InlineData("\"Which order?\" \"Prevention\" \"Protection\" ranking", "rank1", "a")]
    public void Every_sentence_of_the_snapshot_comes_from_the_resources(string command, string field, string value)
    {
        var list = ListWithSpeaker();
        for (var i = 0; i < DisplaySnapshotBuilder.NextCount + 2; i++)
        {
            list.Request(new Speaker(new ParticipantId($"waiting-{i}"), $"Waiting {i}", null, "Youth", SpeakerChannel.Remote), null, null, Now);
        }

        var poll = Poll(command);
        var tally = PollTally.Compute(poll, [Vote(poll, "v1", (field, value)), Vote(poll, "v2", (field, value))]);
        var snapshot = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), list, poll, tally, Now, texts: Pseudo);

        string?[] sentences = [snapshot.MoreWaiting, snapshot.Poll!.RespondentsText, snapshot.Poll.Summary, .. snapshot.Poll.Rows.Select(r => r.Value)];
        foreach (var sentence in sentences.OfType<string>())
        {
            Assert.True(sentence.Contains(PseudoTextSource.Open, StringComparison.Ordinal), sentence);
        }
    }

    [Fact]
    public void The_questions_counts_come_from_the_resources()
    {
        var board = QuestionBoard.Create("conv", new AgendaPosition(2, 1));
        for (var i = 0; i < DisplayQuestionsBuilder.TopCount + 1; i++)
        {
            board.Ask(new QuestionDraft($"Question {i}?", new QuestionVoter($"asker-{i}"), $"Asker {i}", null, false, null), Now);
        }

        var shown = DisplayQuestionsBuilder.Build(board, Pseudo)!;

        Assert.Contains(PseudoTextSource.Open.ToString(), shown.More!, StringComparison.Ordinal);
        Assert.All(shown.Top, q => Assert.Contains(PseudoTextSource.Open.ToString(), q.VotesText, StringComparison.Ordinal));
    }
}
