using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Storage.Tests.Contracts.Samples;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>The meeting roster (migration 16) and the dialogue's meeting facts, on either database.</summary>
public abstract class MeetingRosterContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    protected abstract Task<TestDatabase> OpenAsync();

    [SkippableFact]
    public async Task The_last_event_by_its_time_decides_who_is_online_and_a_join_counts_for_the_stored_current_item()
    {
        await using var db = await OpenAsync();
        var (ana, ben, cai) = (new ParticipantId("aad-ana"), new ParticipantId("aad-ben"), new ParticipantId("aad-cai"));

        await CommitAsync(db,
            new StagedWrite.RosterChange(ana, "29:ana", true, Start),
            new StagedWrite.RosterChange(ben, "29:ben", true, Start),
            new StagedWrite.RosterChange(ana, null, false, Start.AddMinutes(1)));
        await CommitAsync(db, new StagedWrite.RosterChange(ben, null, false, Start.AddMinutes(-1))); // an old leave, late
        var dialogue = Dialogue();
        dialogue.GoTo(AgendaPosition.Item(2), FlatProgramme.Of(5));
        await CommitAsync(db, new StagedWrite.SaveDialogue(dialogue, 0));
        await CommitAsync(db, new StagedWrite.RosterChange(cai, "29:cai", true, Start.AddMinutes(2)));

        Assert.Equal(2, await db.Roster.CountOnlineAsync(Conversation, None));
        var figures = await db.Roster.FiguresAsync(Conversation, None);
        Assert.Equal(2, figures.AttendeesByItem[0]);
        Assert.Equal(1, figures.AttendeesByItem[2]);
        Assert.Equal(3, figures.SessionAttendees);
        Assert.Equal(new ParticipantId("aad-ana"), await db.Roster.FindByMriAsync(Conversation, "29:ana", None));
        Assert.Null(await db.Roster.FindByMriAsync(Other, "29:ana", None));
        Assert.Equal(0, await db.Roster.CountOnlineAsync(Other, None));
    }

    [SkippableFact]
    public async Task An_item_becoming_current_is_attended_by_everyone_online_and_the_end_takes_them_offline()
    {
        await using var db = await OpenAsync();
        await CommitAsync(db, [.. Enumerable.Range(0, 300).Select(i => new StagedWrite.RosterChange(new ParticipantId("aad-" + Number(i)), null, i % 3 != 0, Start))]);

        await CommitAsync(db, new StagedWrite.AttendItem(4), new StagedWrite.AttendItem(4));
        await CommitAsync(db, new StagedWrite.RosterEnded(Start.AddHours(1)));

        Assert.Equal(0, await db.Roster.CountOnlineAsync(Conversation, None));
        var figures = await db.Roster.FiguresAsync(Conversation, None);
        Assert.Equal(200, figures.AttendeesByItem[0]);
        Assert.Equal(200, figures.AttendeesByItem[4]);
        Assert.Equal(200, (await db.Roster.AttendeesAsync(Conversation, 4, None)).Count);
        Assert.Equal(200, (await db.Roster.AttendeesAsync(Conversation, null, None)).Count);
        Assert.Empty(await db.Roster.AttendeesAsync(Conversation, 1, None));
    }

    [SkippableFact]
    public async Task A_dialogue_keeps_its_meeting_facts_and_is_found_by_its_scheduled_end()
    {
        await using var db = await OpenAsync();
        var dialogue = Dialogue();
        dialogue.RecordMeetingStart(Start);
        dialogue.CacheMeetingDetails(new MeetingDetails(Start, Start.AddHours(3), "29:org", "aad-org", "graph-id"), Start);
        await CommitAsync(db, new StagedWrite.SaveDialogue(dialogue, 0));
        await CommitAsync(db, new StagedWrite.SaveDialogue(Dialogue(Other), 0));

        var stored = await db.Dialogues.FindAsync(Conversation, None);
        var ending = await db.Schedule.EndingBetweenAsync(Start.AddHours(2.5), Start.AddHours(3), None);

        Assert.Equal(dialogue.Meeting, stored!.Meeting);
        Assert.True(stored.Meeting!.IsRunning);
        var found = Assert.Single(ending);
        Assert.Equal(Conversation, found.Dialogue.ConversationId);
        Assert.Equal(Start.AddHours(3), found.ScheduledEnd);
        Assert.Empty(await db.Schedule.EndingBetweenAsync(Start, Start.AddHours(2.9), None));
    }

    [SkippableFact]
    public async Task A_dialogue_stored_before_meetings_were_known_reads_with_none()
    {
        await using var db = await OpenAsync();
        await db.ExecuteAsync($"""
            INSERT INTO dialogues (conversation_id, version, current_item, data, updated_at) VALUES ('{Conversation}', 3, 1,
            '{"{"}"reference":{"{"}"conversationId":"{Conversation}","serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams","botId":"28:bot"{"}"},"currentItemIndex":1,"version":3{"}"}',
            '2024-07-15T10:00:00.0000000Z')
            """);

        var stored = await db.Dialogues.FindAsync(Conversation, None);

        Assert.Null(stored!.Meeting);
        Assert.Equal(1, stored.CurrentItemIndex);
        Assert.Empty(await db.Schedule.EndingBetweenAsync(DateTimeOffset.MinValue.AddYears(1), DateTimeOffset.MaxValue.AddYears(-1), None));
    }

    private static async Task CommitAsync(TestDatabase db, params StagedWrite[] writes) =>
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(Changes(writes), None));
}
