using System.Globalization;
using BenchmarkDotNet.Attributes;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Benchmarks;

/// <summary>
/// The two cards that are re-rendered under load, to the JSON that goes on the wire: the speakers' list with
/// 300 entries (cut to Teams' size limit by re-serializing) and a 10-option poll tallied over 5,000 answers.
/// </summary>
[MemoryDiagnoser]
public class CardRendering
{
    private static readonly DateTimeOffset s_start = new(2024, 7, 15, 8, 0, 0, TimeSpan.Zero);
    private SpeakersList _list = null!;
    private QueueCardContext _context = null!;
    private Poll _poll = null!;
    private Answer[] _answers = [];

    [GlobalSetup]
    public void Setup()
    {
        _list = SpeakersList.Create("19:meeting_bench@thread.v2", 2, TimeSpan.FromMinutes(3));
        _list.Open(Actor.System, s_start);
        for (var i = 0; i < 300; i++)
        {
            var channel = i % 3 == 0 ? SpeakerChannel.Room : SpeakerChannel.Remote;
            var speaker = new Speaker(new ParticipantId(Id(i)), $"Participant {i}", $"Organisation {i % 40}", StakeholderGroups.Default[i % StakeholderGroups.Default.Count], channel);
            _list.Request(speaker, i % 4 == 0 ? "to say something about the review process and its follow-up" : null, null, s_start.AddSeconds(i));
        }

        _list.Ack(new Actor("chair", "Co-Chair One"), s_start.AddMinutes(6));
        _context = new QueueCardContext("III. Tour de table", s_start.AddMinutes(7), ["29:chair"]);

        var labels = Enumerable.Range(1, PollLimits.MaxOptions).Select(i => $"Option number {i} with a realistic label").ToList();
        _poll = Poll.AdHoc(new PollId("p1"), new PollSpec("Which of these should the review prioritise first?", PollKind.SingleChoice, labels), 2, "chair", s_start).Value!;
        var keys = _poll.Options.Select(o => o.Key).ToArray();
        _answers = [.. Enumerable.Range(0, 5_000).Select(i => new Answer(_poll.Id, new VoterKey(Id(i)), s_start.AddSeconds(i)) { Choices = [keys[i % keys.Length]] })];
    }

    [Benchmark]
    public string SpeakersList300Entries() => CardJson.ToJson(QueueCard.Render(_list, _context, chairView: false));

    [Benchmark]
    public string Poll10Options5000Answers() => CardJson.ToJson(PollCard.Render(_poll, PollTally.Compute(_poll, _answers)));

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"{i:x8}-0000-4000-8000-000000000000");
}
