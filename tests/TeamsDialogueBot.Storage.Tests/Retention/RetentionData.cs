using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Tests.Contracts;
using static TeamsDialogueBot.Storage.Tests.Retention.RetentionParticipants;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Retention;

/// <summary>A dialogue's participants stored the way turns store them, and the ways a dialogue shows it is alive.</summary>
internal static class RetentionData
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Stores everything that can name someone: list, profile, chair, claim, outbox, display link, named and anonymous votes.</summary>
    public static async Task<(PollId Named, PollId Anonymous)> TakePartAsync(TestDatabase db, string conversation)
    {
        var now = db.Time.GetUtcNow();
        var chair = new Actor("chair-aad", "Co-Chair One");
        var list = SpeakersList.Create(conversation, 0, TimeSpan.FromMinutes(3));
        list.Open(chair, now);
        list.Request(new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "on review", null, now);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li Wei"), "Li Wei", null, "academia", SpeakerChannel.Room), null, null, now, chair);
        var named = Poll.AdHoc(await db.Polls.NextIdAsync(conversation, None), new PollSpec("Format?", PollKind.SingleChoice, ["Hybrid", "Online"]), 0, "chair-aad", now).Value!;
        var anonymous = Poll.AdHoc(PollId.Next(named.Id.Sequence + 1), new PollSpec("Venue?", PollKind.SingleChoice, ["Vienna", "NYC"]) { Anonymous = true }, 0, "chair-aad", now).Value!;
        var result = await db.Committer.CommitAsync(
            new ChangeSet(
                conversation,
                [new ActivityClaim("a1", null)],
                [
                    new StagedWrite.SaveDialogue(Dialogue.Start(new ConversationReference { ConversationId = conversation, ServiceUrl = "https://smba.trafficmanager.net/emea/", BotId = "28:bot" }), 0),
                    new StagedWrite.SaveSpeakersList(list, 0),
                    new StagedWrite.SaveProfile(new Speaker(new ParticipantId(AnaAad), "Ana Silva", "UNODC", "NGO", SpeakerChannel.Remote), "29:ana"),
                    new StagedWrite.RememberChair("29:chair"),
                    new StagedWrite.AddPoll(named),
                    new StagedWrite.AddPoll(anonymous),
                    new StagedWrite.Enqueue(new OutboxEntry(0, conversation, OutboxKind.Message, null, "Ana Silva (UNODC) has the floor", now)),
                    new StagedWrite.Enqueue(new OutboxEntry(0, conversation, OutboxKind.Personal, null, """{"to":"29:ana","text":"You are next"}""", now)),
                ]),
            None);
        Assert.Equal(CommitResult.Committed, result);
        var sent = (await db.Outbox.PendingAsync(conversation, 10, None))[0];
        await db.Outbox.MarkSentAsync([sent.Id], now, null, None);
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet(conversation, [], [new StagedWrite.SetDisplayToken(Token(conversation), Replace: false)]), None));

        byte[] secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
        foreach (var (aad, choice) in new[] { (AnaAad, "a"), (LiAad, "b") })
        {
            Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(conversation, new Answer(named.Id, VoterKey.For(named, aad, secret), now) { Choices = [choice] }, null, None));
            Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(conversation, new Answer(anonymous.Id, VoterKey.For(anonymous, aad, secret), now) { Choices = [choice] }, null, None));
        }

        return (named.Id, anonymous.Id);
    }

    /// <summary>The conversation's display link (unique per conversation, as links are).</summary>
    public static string Token(string conversation) => "display-" + conversation;

    /// <summary>One of the ways a dialogue comes back to life, at the instance's current time.</summary>
    public static async Task ActAsync(TestDatabase db, string conversation, PollId named, string activity)
    {
        if (activity == "vote")
        {
            var vote = new Answer(named, new VoterKey("C0FFEE00-0000-4000-8000-000000000002"), db.Time.GetUtcNow()) { Choices = ["a"] };
            Assert.Equal(AnswerWrite.Recorded, await db.Polls.UpsertAnswerAsync(conversation, vote, null, None));
            return;
        }

        var dialogue = (await db.Dialogues.FindAsync(conversation, None))!;
        var read = dialogue.Version;
        dialogue.GoTo(AgendaPosition.Item(1), FlatProgramme.Of(3));
        StagedWrite[] writes = activity switch
        {
            "activity" => [],
            "profile" => [new StagedWrite.SaveProfile(new Speaker(new ParticipantId("aad-ben"), "Ben Okafor", null, "other", SpeakerChannel.Remote), null)],
            "chair" => [new StagedWrite.RememberChair("29:cochair")],
            _ => [new StagedWrite.SaveDialogue(dialogue, read)],
        };
        // Each kind on its own: a claim only where the activity is the claim.
        ActivityClaim[] claims = activity == "activity" ? [new ActivityClaim("a2", null)] : [];
        Assert.Equal(CommitResult.Committed, await db.Committer.CommitAsync(new ChangeSet(conversation, claims, writes), None));
    }

    /// <summary>Whether the conversation's activity a1 is still recorded as applied.</summary>
    public static async Task<bool> WasProcessedAsync(TestDatabase db, string conversation) =>
        (await db.Reader.ReadAsync(conversation, ["a1"], [], None)).Claimed.Count > 0;
}
