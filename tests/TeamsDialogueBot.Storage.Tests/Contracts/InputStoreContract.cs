using System.Text.Json;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Storage.Tests.Contracts.InputSamples;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Inputs and the items' windows for inputs, stored and read back on either database; guards raise conflicts.</summary>
public abstract class InputStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Actor Chair = new("aad-chair", "Co-Chair One");

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task Added_inputs_come_back_whole_by_id_by_item_and_in_order()
    {
        await using var db = await OpenAsync();
        var first = Submitted(1, item: 2, question: 2);
        var anonymous = Submitted(2, item: 0, attribution: InputAttribution.Anonymous, organisation: null, link: null);
        var third = Submitted(3, item: 2);
        await CommitAsync(db, new StagedWrite.AddInput(third), new StagedWrite.AddInput(first));
        await CommitAsync(db, new StagedWrite.AddInput(anonymous));

        var found = (await db.Inputs.FindAsync(Conversation, InputId.Next(1), None))!;
        Assert.Equal(JsonSerializer.Serialize(first.ToSnapshot()), JsonSerializer.Serialize(found.ToSnapshot()));
        Assert.Equal("A 24-hour helpline.\nIn six languages.", found.Content.Description);
        Assert.Equal("https://example.org/report?id=7", found.Content.Link);
        Assert.Equal(2, found.Content.GuidingQuestion);
        Assert.Null((await db.Inputs.FindAsync(Conversation, InputId.Next(2), None))!.Content.Organisation);
        Assert.Equal(["i1", "i2", "i3"], (await db.Inputs.ListAsync(Conversation, null, None)).Select(i => i.Id.Value));
        Assert.Equal(["i1", "i3"], (await db.Inputs.ListAsync(Conversation, 2, None)).Select(i => i.Id.Value));
        Assert.Empty(await db.Inputs.ListAsync(Conversation, 1, None));
        Assert.Equal(3, await db.Inputs.LastSequenceAsync(Conversation, None));
        Assert.Equal(0, await db.Inputs.LastSequenceAsync(Other, None));
        Assert.Null(await db.Inputs.FindAsync(Other, InputId.Next(1), None));
    }

    [SkippableFact]
    public async Task Adding_an_input_whose_id_is_taken_conflicts_and_stores_nothing_of_its_change_set()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new StagedWrite.AddInput(Submitted(1)));

        // Another instance gave i1 to someone else in the same instant.
        var other = Submitted(1, author: new InputAuthor("aad-li", "29:li", "Li Wei"));
        var result = await db.Committer.CommitAsync(
            Changes(new StagedWrite.AddInput(Submitted(2)), new StagedWrite.AddInput(other), new StagedWrite.Enqueue(Entry("saved"))), None);

        Assert.Equal(new CommitResult.Conflict("input id i1"), result);
        Assert.Equal(Ana.Key, (await db.Inputs.FindAsync(Conversation, InputId.Next(1), None))!.Author.Key);
        Assert.Null(await db.Inputs.FindAsync(Conversation, InputId.Next(2), None));
        Assert.Empty(await db.Outbox.PendingAsync(Conversation, 10, None));
    }

    [SkippableFact]
    public async Task Saving_an_input_read_before_someone_else_saved_it_conflicts_and_keeps_their_change()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new StagedWrite.AddInput(Submitted(1)));
        var mine = (await db.Inputs.FindAsync(Conversation, InputId.Next(1), None))!;
        var theirs = (await db.Inputs.FindAsync(Conversation, InputId.Next(1), None))!;
        Assert.Equal(InputOutcome.Done, theirs.Hide(Chair, Start.AddHours(1)).Outcome);
        await CommitAsync(db, new StagedWrite.SaveInput(theirs, 1));

        Assert.Equal(InputOutcome.Done, mine.Withdraw(Ana.Key, _ => true, Start.AddHours(2)).Outcome);
        var result = await db.Committer.CommitAsync(Changes(new StagedWrite.SaveInput(mine, 1)), None);

        Assert.Equal(new CommitResult.Conflict("input i1"), result);
        var stored = (await db.Inputs.FindAsync(Conversation, InputId.Next(1), None))!;
        Assert.Equal(InputState.Hidden, stored.State);
        Assert.Equal(2, stored.Version);
        var audit = Assert.Single(stored.Audit);
        Assert.Equal(("aad-chair", "Co-Chair One", "hide", Start.AddHours(1)), (audit.ActorId, audit.ActorName, audit.Action, audit.At));
    }

    [SkippableFact]
    public async Task An_edit_saved_at_the_version_read_moves_the_input_to_its_new_item_and_panel()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, new StagedWrite.AddInput(Submitted(1, item: 0)));
        var input = (await db.Inputs.FindAsync(Conversation, InputId.Next(1), None))!;
        var edit = new InputDraft { Title = "Helpline (updated)", Description = "Now 7 languages.", ItemIndex = 2, Panel = 1, GuidingQuestion = 1, Attribution = InputAttribution.Anonymous };

        Assert.Equal(InputOutcome.Done, input.Edit(Ana.Key, edit, Programme, _ => true, Start.AddHours(1)).Outcome);
        await CommitAsync(db, new StagedWrite.SaveInput(input, 1));

        Assert.Empty(await db.Inputs.ListAsync(Conversation, 0, None));
        var moved = Assert.Single(await db.Inputs.ListAsync(Conversation, 2, None));
        Assert.Equal(new InputContent(null, "Helpline (updated)", "Now 7 languages.", null, 2, 1, InputAttribution.Anonymous, Panel: 1), moved.Content);
        Assert.Equal(Start.AddHours(1), moved.EditedAt);
        Assert.Equal(Start.AddMinutes(1), moved.SubmittedAt);
    }

    [SkippableFact]
    public async Task A_window_is_inserted_once_then_saved_guarded_by_its_version()
    {
        await using var db = await OpenAsync();
        Assert.Empty(await db.Inputs.WindowsAsync(Conversation, None));
        var closed = InputWindow.Opened(2);
        Assert.Equal(InputOutcome.Done, closed.Close(Chair, Start));
        await CommitAsync(db, new StagedWrite.SaveInputWindow(closed, 0));

        // Another instance closed it at the same moment from a fresh window: the insert finds the row taken.
        var again = InputWindow.Opened(2);
        again.Close(Chair, Start);
        Assert.Equal(new CommitResult.Conflict("inputs window of item 2"), await db.Committer.CommitAsync(Changes(new StagedWrite.SaveInputWindow(again, 0)), None));

        var stored = Assert.Single(await db.Inputs.WindowsAsync(Conversation, None));
        Assert.False(stored.IsOpen);
        Assert.Equal("inputs close", Assert.Single(stored.Audit).Action);
        Assert.Equal(InputOutcome.Done, stored.Open(Chair, Start.AddMinutes(5)));
        await CommitAsync(db, new StagedWrite.SaveInputWindow(stored, 2));
        Assert.Equal(new CommitResult.Conflict("inputs window of item 2"), await db.Committer.CommitAsync(Changes(new StagedWrite.SaveInputWindow(stored, 2)), None));

        var reopened = Assert.Single(await db.Inputs.WindowsAsync(Conversation, None));
        Assert.True(reopened.IsOpen);
        Assert.Equal(3, reopened.Version);
        Assert.Empty(await db.Inputs.WindowsAsync(Other, None));
    }

    [SkippableFact]
    public async Task Every_state_round_trips()
    {
        await using var db = await OpenAsync();
        var hidden = Submitted(1);
        hidden.Hide(Chair, Start.AddHours(1));
        var withdrawn = Submitted(2);
        withdrawn.Withdraw(Ana.Key, _ => true, Start.AddHours(2));
        await CommitAsync(db, new StagedWrite.AddInput(hidden), new StagedWrite.AddInput(withdrawn), new StagedWrite.AddInput(Submitted(3)));

        var all = await db.Inputs.ListAsync(Conversation, null, None);

        Assert.Equal([InputState.Hidden, InputState.Withdrawn, InputState.Active], all.Select(i => i.State));
        Assert.Equal(Start.AddHours(2), all[1].WithdrawnAt);
        Assert.Equal("Co-Chair One", all[0].HiddenBy!.ActorName);
        Assert.Equal([false, false, true], all.Select(i => i.IsVisible));
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));
}
