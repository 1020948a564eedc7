using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Display;

internal static class DisplayFixtures
{
    public const string ConversationId = "19:meeting_display@thread.v2";
    public static readonly DateTimeOffset Now = new(2024, 7, 15, 8, 30, 0, TimeSpan.Zero);
    public static readonly Actor Chair = new("chair-aad-id", "Co-Chair One");
    public static readonly Speaker Ana = new(new ParticipantId("aad-ana-0001"), "Ana Lima", "UNODC", "NGO", SpeakerChannel.Room);
    public static readonly Speaker Ben = new(new ParticipantId("aad-ben-0002"), "Ben Okafor", "Civil Society Forum", "Academia", SpeakerChannel.Remote);
    public static readonly Speaker Cai = new(new ParticipantId("aad-cai-0003"), "Cai Wen", null, "Private sector", SpeakerChannel.Remote);

    public static Programme Programme { get; } = ProgrammeLoader.LoadBuiltIn();

    /// <summary>Ana has the floor (since 08:30, 3 min), Ben and Cai wait.</summary>
    public static SpeakersList ListWithSpeaker()
    {
        var list = SpeakersList.Create(ConversationId, 1, TimeSpan.FromMinutes(3));
        list.Open(Chair, Now.AddMinutes(-10));
        list.Request(Ana, "on item 2", null, Now.AddMinutes(-5));
        list.Request(Ben, null, null, Now.AddMinutes(-4));
        list.Request(Cai, null, null, Now.AddMinutes(-3));
        Assert.True(list.Ack(Chair, Now).Succeeded);
        return list;
    }

    public static Poll Poll(string arguments)
    {
        var command = PollCommand.Parse(arguments);
        Assert.True(command.IsSuccess, command.Error?.Message);
        var poll = Domain.Polls.Poll.AdHoc(PollId.Next(1), command.Value.Spec!, agendaItemIndex: 1, "chair-aad-id", Now);
        Assert.True(poll.IsSuccess, poll.Error?.Message);
        return poll.Value;
    }

    public static Answer Vote(Poll poll, string voter, params (string Key, string? Value)[] fields)
    {
        var data = new Dictionary<string, string?> { ["pollId"] = poll.Id.Value };
        foreach (var (key, value) in fields)
        {
            data[key] = value;
        }

        var answer = AnswerParser.Parse(poll, data, VoterKey.For(poll, voter, new byte[32]), Now);
        Assert.True(answer.IsSuccess, answer.Error?.Message);
        return answer.Value;
    }
}
