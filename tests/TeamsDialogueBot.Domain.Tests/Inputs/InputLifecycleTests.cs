using TeamsDialogueBot.Domain.Inputs;
using static TeamsDialogueBot.Domain.Tests.Inputs.InputKit;

namespace TeamsDialogueBot.Domain.Tests.Inputs;

public sealed class InputLifecycleTests
{
    [Fact]
    public void A_submission_on_a_closed_item_is_refused_with_the_item_marked()
    {
        var change = Input.Submit(InputId.Next(1), Ana, Draft(item: 1), Agenda, item => item != 1, Start, out var input);

        Assert.Equal(InputOutcome.Invalid, change.Outcome);
        Assert.Equal([new InputProblem(InputField.Item, InputRule.Closed)], change.Problems);
        Assert.Null(input);
    }

    [Fact]
    public void The_author_edits_while_the_item_is_open_and_an_edit_changing_nothing_is_no_change()
    {
        var input = Submitted();

        var same = input.Edit(Ana.Key, Draft(title: " Helpline "), Agenda, AllOpen, Start.AddMinutes(1));
        var edit = input.Edit(Ana.Key, Draft(title: "Helpline 2", item: 0, attribution: InputAttribution.Anonymous), Agenda, AllOpen, Start.AddMinutes(2));

        Assert.Equal(InputOutcome.Unchanged, same.Outcome);
        Assert.Equal(InputOutcome.Done, edit.Outcome);
        Assert.Equal(("Helpline 2", 0, InputAttribution.Anonymous, 2L), (input.Content.Title, input.ItemIndex, input.Content.Attribution, input.Version));
        Assert.Equal(Start.AddMinutes(2), input.EditedAt);
        Assert.Equal(Start, input.SubmittedAt);
    }

    [Fact]
    public void Nobody_but_the_author_edits_or_withdraws()
    {
        var input = Submitted();

        Assert.Equal(InputOutcome.NotAuthor, input.Edit("aad-li", Draft(title: "Mine now"), Agenda, AllOpen, Start).Outcome);
        Assert.Equal(InputOutcome.NotAuthor, input.Withdraw("aad-li", AllOpen, Start).Outcome);
        Assert.Equal(("Helpline", InputState.Active, 1L), (input.Content.Title, input.State, input.Version));
    }

    [Fact]
    public void A_closed_item_freezes_its_inputs_and_an_edit_may_not_move_one_into_a_closed_item()
    {
        var input = Submitted(Draft(item: 1));

        Assert.Equal(InputOutcome.ItemClosed, input.Edit(Ana.Key, Draft(title: "Later"), Agenda, item => item != 1, Start).Outcome);
        Assert.Equal(InputOutcome.ItemClosed, input.Withdraw(Ana.Key, item => item != 1, Start).Outcome);
        var move = input.Edit(Ana.Key, Draft(item: 0), Agenda, item => item != 0, Start);
        Assert.Equal(InputOutcome.Invalid, move.Outcome);
        Assert.Equal([new InputProblem(InputField.Item, InputRule.Closed)], move.Problems);
        Assert.Equal((1, 1L), (input.ItemIndex, input.Version));
    }

    [Fact]
    public void A_bad_edit_changes_nothing_and_names_its_problems()
    {
        var input = Submitted();

        var change = input.Edit(Ana.Key, Draft(title: "", link: "http://x"), Agenda, AllOpen, Start);

        Assert.Equal(InputOutcome.Invalid, change.Outcome);
        Assert.Equal([InputField.Title, InputField.Link], change.Problems.Select(p => p.Field));
        Assert.Equal(("Helpline", 1L), (input.Content.Title, input.Version));
    }

    [Fact]
    public void A_withdrawn_input_stays_withdrawn_and_nothing_more_happens_to_it()
    {
        var input = Submitted();

        Assert.Equal(InputOutcome.Done, input.Withdraw(Ana.Key, AllOpen, Start.AddMinutes(1)).Outcome);

        Assert.Equal((InputState.Withdrawn, Start.AddMinutes(1), false), (input.State, input.WithdrawnAt, input.IsVisible));
        Assert.Equal(InputOutcome.Withdrawn, input.Withdraw(Ana.Key, AllOpen, Start).Outcome);
        Assert.Equal(InputOutcome.Withdrawn, input.Edit(Ana.Key, Draft(title: "Back"), Agenda, AllOpen, Start).Outcome);
        Assert.Equal(InputOutcome.Withdrawn, input.Hide(Chair, Start).Outcome);
        Assert.Equal(InputOutcome.Withdrawn, input.Show(Chair, Start).Outcome);
        Assert.Equal(2L, input.Version);
    }

    [Fact]
    public void A_chair_hides_and_shows_with_an_audit_entry_each_and_the_author_can_no_longer_change_a_hidden_one()
    {
        var input = Submitted();

        Assert.Equal(InputOutcome.Done, input.Hide(Chair, Start.AddMinutes(5)).Outcome);
        Assert.Equal(InputOutcome.Hidden, input.Hide(Chair, Start.AddMinutes(6)).Outcome);
        Assert.Equal(InputOutcome.Hidden, input.Edit(Ana.Key, Draft(title: "Sneaky"), Agenda, AllOpen, Start).Outcome);
        Assert.Equal(InputOutcome.Hidden, input.Withdraw(Ana.Key, AllOpen, Start).Outcome);
        Assert.Equal((false, "Co-chair", Start.AddMinutes(5)), (input.IsVisible, input.HiddenBy!.ActorName, input.HiddenBy.At));

        Assert.Equal(InputOutcome.Done, input.Show(Chair, Start.AddMinutes(9)).Outcome);
        Assert.Equal(InputOutcome.NotHidden, input.Show(Chair, Start.AddMinutes(10)).Outcome);
        Assert.Equal(["hide", "show"], input.Audit.Select(a => a.Action));
        Assert.Equal(["aad-chair", "aad-chair"], input.Audit.Select(a => a.ActorId));
        Assert.Null(input.HiddenBy);
        Assert.Equal((true, 3L), (input.IsVisible, input.Version));
    }

    [Fact]
    public void A_snapshot_restores_the_same_input()
    {
        var input = Submitted(Draft(link: "https://example.org", question: 2));
        input.Hide(Chair, Start.AddMinutes(1));

        var restored = Input.FromSnapshot(input.ToSnapshot());

        Assert.Equal(input.Content, restored.Content);
        Assert.Equal((input.Id, input.Author, input.State, input.Version), (restored.Id, restored.Author, restored.State, restored.Version));
        Assert.Equal(input.Audit, restored.Audit);
    }

    [Fact]
    public void An_item_is_open_until_a_chair_closes_it_and_open_again_when_a_chair_opens_it()
    {
        var window = InputWindow.Opened(1);

        Assert.True(window.IsOpen);
        Assert.Equal(InputOutcome.AlreadyOpen, window.Open(Chair, Start));
        Assert.Equal(InputOutcome.Done, window.Close(Chair, Start));
        Assert.Equal(InputOutcome.AlreadyClosed, window.Close(Chair, Start));
        Assert.False(window.IsOpen);
        Assert.Equal(InputOutcome.Done, window.Open(Chair, Start.AddMinutes(1)));
        Assert.Equal(["inputs close", "inputs open"], window.Audit.Select(a => a.Action));
        Assert.Equal(3L, window.Version);
        Assert.Equal(window.ToSnapshot().IsOpen, InputWindow.FromSnapshot(window.ToSnapshot()).IsOpen);
    }
}
