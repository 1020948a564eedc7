using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using static TeamsDialogueBot.Domain.Tests.QandA.QandAKit;

namespace TeamsDialogueBot.Domain.Tests.QandA;

public sealed class QuestionBoardTests
{
    [Fact]
    public void A_panels_QandA_is_open_from_the_start_and_an_items_is_not()
    {
        Assert.True(Panel().IsOpen);
        var item = QuestionBoard.Create("19:meeting@thread.v2", AgendaPosition.Item(2));

        Assert.False(item.IsOpen);
        Assert.Equal(QandAOutcome.QandAClosed, item.Ask(Draft("Why?"), Start).Outcome);
        Assert.Empty(item.Questions);
        Assert.Equal(0, item.Version);
    }

    [Fact]
    public void Questions_are_listed_by_upvotes_then_by_time_asked_and_answered_ones_come_last()
    {
        var board = Panel();
        var first = Ask(board, "First", second: 1);
        var second = Ask(board, "Second", second: 2);
        var third = Ask(board, "Third", second: 3);
        var fourth = Ask(board, "Fourth", second: 4);

        Upvote(board, third, "bo", "cy");
        Upvote(board, second, "bo", "cy");
        Upvote(board, fourth, "di");
        Upvote(board, first, "di", "ed", "fa");
        board.MarkAnswered(Chair, first, Start);

        Assert.Equal(["Second", "Third", "Fourth", "First"], Texts(board));
        Assert.Equal([2, 2, 1, 3], board.Ranked().Select(r => r.Votes));
        Assert.Equal([1, 2, 3, 4], board.Ranked().Select(r => r.Place));
    }

    [Fact]
    public void An_upvote_is_a_toggle_one_per_person()
    {
        var board = Panel();
        var number = Ask(board, "Will the review be public?");

        Assert.Equal(QandAOutcome.Upvoted, board.ToggleUpvote(number, Voter("bo")).Outcome);
        Assert.Equal(QandAOutcome.Upvoted, board.ToggleUpvote(number, Voter("cy")).Outcome);
        Assert.Equal(QandAOutcome.UpvoteRemoved, board.ToggleUpvote(number, Voter("bo")).Outcome);

        Assert.Equal(1, board.VotesFor(number));
        Assert.False(board.HasUpvoted(number, Voter("bo")));
        Assert.True(board.HasUpvoted(number, Voter("cy")));
        Assert.Equal(QandAOutcome.Upvoted, board.ToggleUpvote(number, Voter("bo")).Outcome);
        Assert.Equal(2, board.VotesFor(number));
    }

    [Fact]
    public void Hidden_pending_and_unknown_questions_cannot_be_upvoted_and_nothing_changes()
    {
        var board = Panel();
        var hidden = Ask(board, "Off topic");
        board.Hide(Chair, hidden, Start);
        board.SetModeration(Chair, true, Start);
        var pending = Ask(board, "Waiting", "bo");
        var version = board.Version;

        Assert.Equal(QandAOutcome.NotVotable, board.ToggleUpvote(hidden, Voter("cy")).Outcome);
        Assert.Equal(QandAOutcome.NotVotable, board.ToggleUpvote(pending, Voter("cy")).Outcome);
        Assert.Equal(QandAOutcome.NotFound, board.ToggleUpvote(99, Voter("cy")).Outcome);

        Assert.Equal(version, board.Version);
        Assert.Equal(0, board.VoterCount);
    }

    [Fact]
    public void Closing_the_QandA_refuses_questions_and_upvotes_and_keeps_what_was_asked()
    {
        var board = Panel();
        var number = Ask(board, "Before closing");
        Assert.Equal(QandAOutcome.Closed, board.Close(Chair, Start).Outcome);
        var version = board.Version;

        Assert.Equal(QandAOutcome.QandAClosed, board.Ask(Draft("After"), Start).Outcome);
        Assert.Equal(QandAOutcome.QandAClosed, board.ToggleUpvote(number, Voter("bo")).Outcome);
        Assert.Equal(QandAOutcome.Unchanged, board.Close(Chair, Start).Outcome);

        Assert.Equal(version, board.Version);
        Assert.Equal(["Before closing"], Texts(board));
        Assert.Equal(QandAOutcome.Opened, board.Open(Chair, Start).Outcome);
        Assert.Equal(["qa off", "qa on"], board.Audit.Select(a => a.Action));
    }

    [Fact]
    public void Under_pre_moderation_a_question_waits_for_approval_before_anyone_sees_it()
    {
        var board = Panel();
        Assert.Equal(QandAOutcome.ModerationOn, board.SetModeration(Chair, true, Start).Outcome);

        var asked = board.Ask(Draft("Moderated?"), Start.AddSeconds(5));

        Assert.Equal(QandAOutcome.AskedPending, asked.Outcome);
        Assert.Equal(QuestionState.Pending, asked.Question!.State);
        Assert.Empty(board.Ranked());
        Assert.Equal(["Moderated?"], board.Pending.Select(q => q.Text));

        var approved = board.Approve(Chair, asked.Question.Number, Start.AddSeconds(9));

        Assert.Equal(QandAOutcome.Approved, approved.Outcome);
        Assert.Equal(["Moderated?"], Texts(board));
        Assert.Empty(board.Pending);
        Assert.Equal(Start.AddSeconds(5), approved.Question!.AskedAt);
        Assert.Equal(Start.AddSeconds(9), approved.Question.ChangedAt);
        Assert.Equal(QandAOutcome.NotApplicable, board.Approve(Chair, asked.Question.Number, Start).Outcome);
    }

    [Fact]
    public void Turning_moderation_off_leaves_waiting_questions_to_the_chairs()
    {
        var board = Panel();
        board.SetModeration(Chair, true, Start);
        Ask(board, "Waiting");

        Assert.Equal(QandAOutcome.ModerationOff, board.SetModeration(Chair, false, Start).Outcome);

        Assert.Single(board.Pending);
        Assert.Equal(QandAOutcome.Asked, board.Ask(Draft("Straight in", "bo"), Start).Outcome);
        Assert.Equal(["Straight in"], Texts(board));
    }

    [Fact]
    public void Chairs_hide_show_and_mark_answered_and_every_action_is_in_the_audit_trail()
    {
        var board = Panel();
        var number = Ask(board, "Which cases?");

        Assert.Equal(QandAOutcome.Hidden, board.Hide(Chair, number, Start).Outcome);
        Assert.Empty(board.Ranked());
        Assert.Equal(["Which cases?"], board.HiddenQuestions.Select(q => q.Text));
        Assert.Equal(QandAOutcome.Shown, board.Show(Chair, number, Start).Outcome);
        Assert.Equal(QandAOutcome.Answered, board.MarkAnswered(Chair, number, Start).Outcome);
        Assert.Equal(QandAOutcome.NotApplicable, board.MarkAnswered(Chair, number, Start).Outcome);
        Assert.Equal(QuestionState.Answered, board.Find(number)!.State);
        Assert.Equal(QandAOutcome.NotFound, board.Hide(Chair, 42, Start).Outcome);

        Assert.Equal(["hide", "show", "answered"], board.Audit.Select(a => a.Action));
        Assert.All(board.Audit, a => Assert.Equal(("aad-chair", "Co-chair", "#1"), (a.ActorId, a.ActorName, a.Detail)));
    }

    [Fact]
    public void An_anonymous_question_keeps_no_name_or_organisation()
    {
        var board = Panel();

        var question = board.Ask(Draft("Who decides?", anonymous: true, to: "Li Wei"), Start).Question!;

        Assert.True(question.Anonymous);
        Assert.Null(question.AskerName);
        Assert.Null(question.AskerOrganisation);
        Assert.Equal("Li Wei", question.AddressedTo);
        Assert.Equal("v-ana", question.AskerKey);
    }

    [Fact]
    public void One_person_may_ask_a_limited_number_of_questions_per_panel()
    {
        var board = Panel();
        for (var i = 0; i < QandALimits.PerAsker; i++)
        {
            Ask(board, "Question " + i);
        }

        Assert.Equal(QandAOutcome.TooManyFromAsker, board.Ask(Draft("One more"), Start).Outcome);
        Assert.Equal(QandAOutcome.Asked, board.Ask(Draft("Someone else", "bo"), Start).Outcome);
    }

    [Theory]
    [InlineData("", QandAOutcome.TextEmpty)]
    [InlineData("   \n\t ", QandAOutcome.TextEmpty)]
    [InlineData("Why\u0007?", QandAOutcome.TextHasControlCharacters)]
    [InlineData("Why\u0000?", QandAOutcome.TextHasControlCharacters)]
    [InlineData("Evil \u202Eetis", QandAOutcome.TextHasControlCharacters)]
    public void A_question_empty_or_with_control_characters_is_refused_and_nothing_changes(string text, QandAOutcome expected)
    {
        var board = Panel();

        Assert.Equal(expected, board.Ask(Draft(text), Start).Outcome);

        Assert.Empty(board.Questions);
        Assert.Equal(0, board.Version);
    }

    [Fact]
    public void A_question_may_have_500_characters_after_its_spaces_are_collapsed()
    {
        var board = Panel();
        var exactly = new string('a', 250) + "  \n  " + new string('b', 249);

        Assert.Equal(QandAOutcome.Asked, board.Ask(Draft(exactly), Start).Outcome);
        Assert.Equal(500, board.Questions[0].Text.Length);
        Assert.Equal(QandAOutcome.TextTooLong, board.Ask(Draft(new string('x', 501)), Start).Outcome);
    }
}
