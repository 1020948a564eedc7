using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Tests.Polls;

internal static class PollFixtures
{
    public static readonly DateTimeOffset Now = new(2024, 7, 15, 13, 40, 0, TimeSpan.Zero);

    public static readonly byte[] Secret = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static Poll Launch(string args, int sequence = 1, DateTimeOffset? at = null)
    {
        var command = PollCommand.Parse(args);
        Assert.True(command.IsSuccess, command.Error?.Message);
        var poll = Poll.AdHoc(PollId.Next(sequence), command.Value.Spec!, agendaItemIndex: 2, "chair-1", at ?? Now);
        Assert.True(poll.IsSuccess, poll.Error?.Message);
        return poll.Value;
    }

    public static Dictionary<string, string?> Data(params (string Key, string? Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value);

    public static Answer Vote(Poll poll, string voter, int minute, params (string Key, string? Value)[] fields)
    {
        var data = Data([("pollId", poll.Id.Value), .. fields]);
        var result = AnswerParser.Parse(poll, data, VoterKey.For(poll, voter, Secret), Now.AddMinutes(minute));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
