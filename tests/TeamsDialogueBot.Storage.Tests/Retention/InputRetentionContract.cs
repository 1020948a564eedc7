using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Contracts.InputSamples;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>
/// Retention of inputs on either database: once a dialogue has ended long enough ago its inputs keep their content and
/// lose their authors — named ones become organisation-only (or anonymous), no key, MRI or name survives anywhere.
/// </summary>
public abstract class InputRetentionContract
{
    private const string Ended = "19:meeting_inputs_ended@thread.v2";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly InputAuthor Li = new("aad-li-55c1", "29:li-55c1", "Li Wei");
    private static readonly Actor Chair = new("aad-chair-9d0a", "Zoe Chairwoman");

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task After_the_purge_inputs_keep_their_content_and_name_nobody()
    {
        await using var db = await OpenAsync();
        await SubmitAllAsync(db);
        var before = await db.ConversationRowsAsync(Ended);
        Assert.All(Personal, value => Assert.Contains(before, row => row.Contains(value, StringComparison.Ordinal)));

        db.Time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await Service(db).RunOnceAsync(None));

        var rows = await db.ConversationRowsAsync(Ended);
        foreach (var value in Personal)
        {
            Assert.DoesNotContain(rows, row => row.Contains(value, StringComparison.Ordinal));
        }

        var inputs = await db.Inputs.ListAsync(Ended, null, None);
        Assert.Equal(
            [(InputAttribution.OrganisationOnly, "Migrant Rights Network"), (InputAttribution.Anonymous, null), (InputAttribution.Anonymous, null), (InputAttribution.OrganisationOnly, "Youth Forum")],
            inputs.Select(i => (i.Content.Attribution, i.Content.Organisation)));
        Assert.All(inputs, i => Assert.Equal(("Helpline " + i.Id.Sequence, (string?)null, (string?)null), (i.Content.Title, i.Author.Mri, i.Author.Name)));
        Assert.All(inputs, i => Assert.StartsWith(Redaction.Prefix, i.Author.Key, StringComparison.Ordinal));
        Assert.Equal(InputState.Hidden, inputs[3].State);
        var hidden = Assert.Single(inputs[3].Audit);
        Assert.Equal(("hide", Samples.Start.AddHours(1)), (hidden.Action, hidden.At));
        var window = Assert.Single(await db.Inputs.WindowsAsync(Ended, None));
        Assert.False(window.IsOpen);
        Assert.Equal("inputs close", Assert.Single(window.Audit).Action);
    }

    [SkippableFact]
    public async Task An_input_edited_recently_keeps_the_dialogue_alive()
    {
        await using var db = await OpenAsync();
        await SubmitAllAsync(db);
        db.Time.Advance(TimeSpan.FromDays(85));
        var input = (await db.Inputs.FindAsync(Ended, InputId.Next(1), None))!;
        var read = input.Version;
        input.Withdraw(Ana.Key, _ => true, db.Time.GetUtcNow());
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet(Ended, [], [new StagedWrite.SaveInput(input, read)]), None));

        db.Time.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await Service(db).RunOnceAsync(None));
        Assert.Equal(Ana.Key, (await db.Inputs.FindAsync(Ended, InputId.Next(2), None))!.Author.Key);

        db.Time.Advance(TimeSpan.FromDays(81));
        Assert.Equal(1, await Service(db).RunOnceAsync(None));
        Assert.StartsWith(Redaction.Prefix, (await db.Inputs.FindAsync(Ended, InputId.Next(2), None))!.Author.Key, StringComparison.Ordinal);
    }

    private static string[] Personal => [Ana.Key, Ana.Mri!, Ana.Name!, Li.Key, Li.Mri!, Li.Name!, Chair.Id, Chair.Name, "Secret Org"];

    // Named with and without an organisation, anonymous with one it never showed, organisation-only and hidden by a chair.
    private static async Task SubmitAllAsync(TestDatabase db)
    {
        var hidden = Submitted(4, author: Li, attribution: InputAttribution.OrganisationOnly, organisation: "Youth Forum");
        hidden.Hide(Chair, Samples.Start.AddHours(1));
        var window = InputWindow.Opened(1);
        window.Close(Chair, Samples.Start.AddHours(1));
        var result = await db.Committer.CommitAsync(
            new ChangeSet(Ended, [], [
                new StagedWrite.AddInput(Submitted(1)),
                new StagedWrite.AddInput(Submitted(2, organisation: null)),
                new StagedWrite.AddInput(Submitted(3, author: Li, attribution: InputAttribution.Anonymous, organisation: "Secret Org")),
                new StagedWrite.AddInput(hidden),
                new StagedWrite.SaveInputWindow(window, 0),
            ]),
            None);
        Assert.Equal(CommitResult.Committed, result);
    }

    private static RetentionService Service(TestDatabase db) => RetentionContract.Service(db, days: 90);
}
