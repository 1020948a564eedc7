using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using static TeamsDialogueBot.Storage.Tests.Contracts.QuestionBoardSamples;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Q&amp;A boards on either database: stored whole with their upvotes, guarded by version, one per position.</summary>
public abstract class QuestionBoardStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    /// <summary>SQL giving the stored size in bytes of the board row of <see cref="Samples.Conversation"/> at panel III.1.</summary>
    protected abstract string StoredBytesSql { get; }

    [SkippableFact]
    public async Task A_board_is_stored_with_its_questions_upvotes_and_settings_and_found_by_position()
    {
        await using var db = await OpenAsync();
        var board = Board();
        var first = Ask(board, "Will the review be public?", "ana", to: "Li Wei");
        board.SetModeration(Chair, true, Start);
        var second = Ask(board, "Who pays?", "bo", anonymous: true);
        board.ToggleUpvote(first.Number, Voter(1));
        board.ToggleUpvote(first.Number, Voter(2));
        var item = Board(position: AgendaPosition.Item(2));
        item.Open(Chair, Start);

        await CommitAsync(db, new StagedWrite.SaveQuestionBoard(board, 0), new StagedWrite.SaveQuestionBoard(item, 0));

        var stored = (await db.Questions.FindAsync(Conversation, PanelOne, None))!;
        Assert.Equal(board.Questions, stored.Questions);
        Assert.Equal(board.Version, stored.Version);
        Assert.Equal(2, stored.VotesFor(first.Number));
        Assert.True(stored.HasUpvoted(first.Number, Voter(2)));
        Assert.True(stored.IsModerated);
        Assert.Equal(QuestionState.Pending, stored.Find(second.Number)!.State);
        Assert.Null(stored.Find(second.Number)!.AskerName);
        Assert.Equal(["qa moderate on"], stored.Audit.Select(a => a.Action));
        Assert.Equal([AgendaPosition.Item(2), PanelOne], (await db.Questions.ListAsync(Conversation, None)).Select(b => b.Position));
        Assert.Null(await db.Questions.FindAsync(Conversation, new AgendaPosition(2, 2), None));
        Assert.Null(await db.Questions.FindAsync(Other, PanelOne, None));
        Assert.Empty(await db.Questions.ListAsync(Other, None));
    }

    [SkippableFact]
    public async Task A_board_saved_from_a_stale_version_conflicts_and_nothing_of_its_change_set_is_stored()
    {
        await using var db = await OpenAsync();
        var board = Board();
        var question = Ask(board, "First?", "ana");
        await CommitAsync(db, new StagedWrite.SaveQuestionBoard(board, 0));
        var read = board.Version;

        // Two instances read the same board; one saves its upvote first.
        var mine = (await db.Questions.FindAsync(Conversation, PanelOne, None))!;
        var theirs = (await db.Questions.FindAsync(Conversation, PanelOne, None))!;
        theirs.ToggleUpvote(question.Number, Voter(1));
        await CommitAsync(db, new StagedWrite.SaveQuestionBoard(theirs, read));
        mine.ToggleUpvote(question.Number, Voter(2));

        var result = await db.Committer.CommitAsync(
            Changes(new StagedWrite.SaveQuestionBoard(mine, read), new StagedWrite.Enqueue(Entry("{}", OutboxKind.RefreshCard, "qa/2.1"))), None);

        Assert.Equal(new CommitResult.Conflict("Q&A 2.1"), result);
        var stored = (await db.Questions.FindAsync(Conversation, PanelOne, None))!;
        Assert.True(stored.HasUpvoted(question.Number, Voter(1)));
        Assert.False(stored.HasUpvoted(question.Number, Voter(2)));
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));

        // Decided again on fresh state, the upvote is counted.
        stored.ToggleUpvote(question.Number, Voter(2));
        await CommitAsync(db, new StagedWrite.SaveQuestionBoard(stored, stored.Version - 1));
        Assert.Equal(2, (await db.Questions.FindAsync(Conversation, PanelOne, None))!.VotesFor(question.Number));
    }

    [SkippableFact]
    public async Task Two_new_boards_for_one_position_conflict()
    {
        await using var db = await OpenAsync();
        var one = Board();
        Ask(one, "From instance one", "ana");
        var two = Board();
        Ask(two, "From instance two", "bo");

        await CommitAsync(db, new StagedWrite.SaveQuestionBoard(one, 0));
        var result = await db.Committer.CommitAsync(Changes(new StagedWrite.SaveQuestionBoard(two, 0)), None);

        Assert.Equal(new CommitResult.Conflict("Q&A 2.1"), result);
        Assert.Equal("From instance one", Assert.Single((await db.Questions.FindAsync(Conversation, PanelOne, None))!.Questions).Text);
    }

    [SkippableFact]
    public async Task A_hundred_long_questions_each_upvoted_by_three_hundred_people_make_a_row_well_under_100_KB()
    {
        await using var db = await OpenAsync();
        var board = Board();
        for (var q = 0; q < 100; q++)
        {
            Ask(board, string.Concat(Enumerable.Repeat("What about ", 46)).Trim()[..QandALimits.Text], Voter(1000 + (q / QandALimits.PerAsker)).Value);
        }

        foreach (var question in board.Questions)
        {
            for (var v = 0; v < 300; v++)
            {
                board.ToggleUpvote(question.Number, Voter(v));
            }
        }

        await CommitAsync(db, new StagedWrite.SaveQuestionBoard(board, 0));

        var bytes = await db.LongAsync(StoredBytesSql);
        // About 50 KB of it is the questions' text and 11 KB the 30,000 upvotes; 300 × 100 keys listed per question would be 450 KB.
        Assert.InRange(bytes, 50_000, 100_000);
        var stored = (await db.Questions.FindAsync(Conversation, PanelOne, None))!;
        Assert.All(stored.Ranked(), r => Assert.Equal(300, r.Votes));
        Assert.True(stored.HasUpvoted(100, Voter(299)));
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));
}
