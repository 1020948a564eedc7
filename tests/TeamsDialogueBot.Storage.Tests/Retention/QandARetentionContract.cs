using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Contracts.QuestionBoardSamples;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>
/// Retention of panel Q&amp;A on either database: once a dialogue has ended long enough ago, its questions stay as
/// anonymous text with their upvote counts, and nothing says who asked or who upvoted.
/// </summary>
public abstract class QandARetentionContract
{
    private const string Ended = "19:meeting_qa_ended@thread.v2";
    private const string Recent = "19:meeting_qa_recent@thread.v2";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] Identifying = [AnaAad, LiAad, "Ana Silva", "Transparency International", "Li Wei", "Co-Chair One", "chair-aad", "vk0000000007"];

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task An_ended_dialogues_questions_stay_as_anonymous_text_with_their_votes_and_forget_who_asked_and_upvoted()
    {
        await using var db = await OpenAsync();
        await AskAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(89));
        await AskAsync(db, Recent);
        var before = await db.ConversationRowsAsync(Ended);
        Assert.All(Identifying, value => Assert.Contains(before, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));

        db.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await RetentionContract.Service(db, days: 90).RunOnceAsync(None));

        var board = (await db.Questions.FindAsync(Ended, PanelOne, None))!;
        Assert.Equal(["Will the review be public?", "Who funds it?"], board.Ranked().Select(r => r.Question.Text));
        Assert.Equal([3, 1], board.Ranked().Select(r => r.Votes));
        Assert.All(board.Questions, q => Assert.True(q.Anonymous && q.AskerName is null && q.AskerOrganisation is null));
        Assert.All(board.Questions, q => Assert.StartsWith(Redaction.Prefix, q.AskerKey, StringComparison.Ordinal));
        Assert.Equal("Li Wei", board.Questions[0].AddressedTo);
        Assert.Empty(board.Audit);
        Assert.Equal(QuestionState.Answered, board.Questions[1].State);
        var rows = await db.ConversationRowsAsync(Ended);
        Assert.Contains(rows, row => row.StartsWith("question_boards", StringComparison.Ordinal));
        foreach (var value in Identifying.Where(v => v != "Li Wei"))
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase));
        }

        // The other dialogue is untouched.
        var kept = (await db.Questions.FindAsync(Recent, PanelOne, None))!;
        Assert.Equal("Ana Silva", kept.Questions[0].AskerName);
        Assert.True(kept.HasUpvoted(1, Voter(7)));
    }

    [SkippableFact]
    public async Task A_question_or_upvote_is_activity_that_keeps_a_dialogue_alive()
    {
        await using var db = await OpenAsync();
        await AskAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(85));
        var board = (await db.Questions.FindAsync(Ended, PanelOne, None))!;
        board.ToggleUpvote(1, Voter(99));
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Samples.Changes(Ended, new StagedWrite.SaveQuestionBoard(board, board.Version - 1)), None));
        db.Time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(0, await RetentionContract.Service(db, days: 90).RunOnceAsync(None));
        Assert.Equal("Ana Silva", (await db.Questions.FindAsync(Ended, PanelOne, None))!.Questions[0].AskerName);
    }

    // A named question to a panellist with three upvotes, an anonymous one the chair marked answered.
    private static async Task AskAsync(TestDatabase db, string conversation)
    {
        var now = db.Time.GetUtcNow();
        var board = Board(conversation);
        var named = board.Ask(new QuestionDraft("Will the review be public?", new QuestionVoter(AnaAad), "Ana Silva", "Transparency International", false, "Li Wei"), now).Question!;
        var anonymous = board.Ask(new QuestionDraft("Who funds it?", new QuestionVoter(LiAad), "Li Wei", null, true, null), now).Question!;
        foreach (var voter in new[] { Voter(7), Voter(8), new QuestionVoter(LiAad) })
        {
            board.ToggleUpvote(named.Number, voter);
        }

        board.ToggleUpvote(anonymous.Number, Voter(7));
        board.MarkAnswered(new Domain.Queue.Actor("chair-aad", "Co-Chair One"), anonymous.Number, now);
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Samples.Changes(conversation, new StagedWrite.SaveQuestionBoard(board, 0)), None));
    }
}
