using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Retention;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionData;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>A purge meeting the turns of other instances, on either database: no name comes back, no live dialogue is purged.</summary>
public abstract class RetentionRacesContract
{
    private const string Ended = "19:meeting_ended@thread.v2";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Speaker Ben = new(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote);

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task A_write_read_before_the_purge_conflicts_instead_of_bringing_the_names_back()
    {
        await using var db = await OpenAsync();
        var (named, _) = await TakePartAsync(db, Ended);
        var staleList = (await db.Lists.FindAsync(Ended, AgendaPosition.Item(0), None))!;
        var staleListRead = staleList.Version;
        var stalePoll = (await db.Polls.FindAsync(Ended, named, None))!;
        var stalePollRead = stalePoll.Version;
        db.Time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await RetentionContract.Service(db, days: 90).RunOnceAsync(None));

        var now = db.Time.GetUtcNow();
        staleList.Request(Ben, null, null, now);
        Assert.Null(stalePoll.Close(now, "chair-aad"));
        Assert.IsType<CommitResult.Conflict>(await db.Committer.CommitAsync(new ChangeSet(Ended, [], [new StagedWrite.SaveSpeakersList(staleList, staleListRead)]), None));
        Assert.IsType<CommitResult.Conflict>(await db.Committer.CommitAsync(new ChangeSet(Ended, [], [new StagedWrite.SavePoll(stalePoll, stalePollRead)]), None));

        // The retry reads the forgotten list and carries on from it.
        var fresh = (await db.Lists.FindAsync(Ended, AgendaPosition.Item(0), None))!;
        var freshRead = fresh.Version;
        fresh.Request(Ben, null, null, now);
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet(Ended, [], [new StagedWrite.SaveSpeakersList(fresh, freshRead)]), None));
        Assert.Equal(["Speaker 1", "Speaker 2", "Ben Okafor"], (await db.Lists.FindAsync(Ended, AgendaPosition.Item(0), None))!.Entries.Select(e => e.Speaker.Name));
        Assert.Equal(Redaction.Prefix, (await db.Polls.FindAsync(Ended, named, None))!.OpenedBy);
        var rows = await db.ConversationRowsAsync(Ended);
        Assert.DoesNotContain(rows, row => row.Contains("Ana Silva", StringComparison.Ordinal) || row.Contains("chair-aad", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Activity_after_a_purge_stamped_by_a_lagging_clock_starts_a_new_period_whose_participants_are_forgotten_in_turn()
    {
        await using var db = await OpenAsync();
        await TakePartAsync(db, Ended);
        var service = RetentionContract.Service(db, days: 90);
        db.Time.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, await service.RunOnceAsync(None));

        // Another instance, its clock two minutes behind the one that purged, sees the dialogue come back to life.
        await using var lagging = await db.AnotherInstanceAsync(new FakeTimeProvider(db.Time.GetUtcNow() - TimeSpan.FromMinutes(2)));
        var ben = new Speaker(Ben.Id, "Ben Okafor", "UNDP", "UN", SpeakerChannel.Room);
        Assert.Equal(CommitResult.Committed, await lagging.Committer.CommitAsync(new ChangeSet(Ended, [], [new StagedWrite.SaveProfile(ben, "29:ben")]), None));
        db.Time.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, await service.RunOnceAsync(None));
        Assert.Equal(ben, await db.Profiles.FindAsync(Ended, ben.Id, None));

        db.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await service.RunOnceAsync(None));
        Assert.Null(await db.Profiles.FindAsync(Ended, ben.Id, None));
        Assert.DoesNotContain(await db.ConversationRowsAsync(Ended), row => row.Contains("Ben Okafor", StringComparison.Ordinal) || row.Contains("29:ben", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Activity_between_finding_the_ended_dialogue_and_purging_it_keeps_everything()
    {
        await using var db = await OpenAsync();
        await TakePartAsync(db, Ended);
        db.Time.Advance(TimeSpan.FromDays(91));
        var endedBefore = db.Time.GetUtcNow().AddDays(-90);
        Assert.Equal([Ended], await db.Retention.FindEndedAsync(endedBefore, None));

        // Ben asks for the floor on another instance after the pass found the dialogue, before it purges it.
        var list = (await db.Lists.FindAsync(Ended, AgendaPosition.Item(0), None))!;
        var read = list.Version;
        list.Request(Ben, null, null, db.Time.GetUtcNow());
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet(Ended, [], [new StagedWrite.SaveSpeakersList(list, read)]), None));

        Assert.False(await db.Retention.PurgeAsync(Ended, endedBefore, None));

        var rows = await db.ConversationRowsAsync(Ended);
        Assert.All(Identifying, value => Assert.Contains(rows, row => row.Contains(value, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(rows, row => row.StartsWith("retention_purges", StringComparison.Ordinal));
        Assert.Equal(["Ana Silva", "Li Wei", "Ben Okafor"], (await db.Lists.FindAsync(Ended, AgendaPosition.Item(0), None))!.Entries.Select(e => e.Speaker.Name));
        Assert.True(await WasProcessedAsync(db, Ended));
        Assert.NotNull(await db.DisplayTokens.FindTokenAsync(Ended, None));
    }
}
