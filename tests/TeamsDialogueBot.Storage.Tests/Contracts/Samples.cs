using System.Globalization;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>The dialogues, lists, polls and messages the contract tests store.</summary>
internal static class Samples
{
    public const string Conversation = "19:meeting_contract@thread.v2";
    public const string Other = "19:meeting_other@thread.v2";

    public static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly Actor Chair = new("chair-1", "Co-Chair One");

    public static Dialogue Dialogue(string conversation = Conversation) => Domain.Dialogues.Dialogue.Start(new ConversationReference
    {
        ConversationId = conversation,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        BotId = "28:bot",
        TenantId = "tenant-1",
        MeetingId = "MCMxOTpt==",
    });

    public static SpeakersList OpenList(int item, string conversation = Conversation)
    {
        var list = SpeakersList.Create(conversation, item, TimeSpan.FromMinutes(3));
        list.Open(Chair, Start);
        return list;
    }

    public static Speaker Person(string id, string? name = null) => new(new ParticipantId(id), name ?? id, null, "other", SpeakerChannel.Remote);

    public static Poll Poll(int sequence, string question = "Which format?", bool anonymous = false) =>
        Domain.Polls.Poll.AdHoc(PollId.Next(sequence), new PollSpec(question, PollKind.SingleChoice, ["Hybrid", "Online"]) { Anonymous = anonymous }, 0, "chair-aad", Start).Value!;

    public static Answer Vote(PollId poll, string voter, string choice, int second = 0) =>
        new(poll, new VoterKey(voter), Start.AddSeconds(second)) { Choices = [choice] };

    public static OutboxEntry Entry(string payload, OutboxKind kind = OutboxKind.Message, string? slot = null, string conversation = Conversation, int second = 0) =>
        new(0, conversation, kind, slot, payload, Start.AddSeconds(second));

    public static ChangeSet Changes(params StagedWrite[] writes) => new(Conversation, [], writes);

    public static ChangeSet Changes(string conversation, params StagedWrite[] writes) => new(conversation, [], writes);

    public static ChangeSet Claiming(string activityId, params StagedWrite[] writes) => new(Conversation, [new ActivityClaim(activityId, null)], writes);

    public static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
}
