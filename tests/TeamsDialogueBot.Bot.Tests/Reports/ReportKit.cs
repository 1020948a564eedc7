using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Reports;

/// <summary>A conversation's stored state in memory, and a builder and session over it, for the report's unit tests.</summary>
internal sealed class ReportKit
{
    public const string ConversationId = "19:meeting_report@thread.v2";

    // 08:00 UTC is 10:00 in Vienna on the seed programme's day (CEST).
    public static readonly DateTimeOffset Start = new(2024, 7, 15, 8, 0, 0, TimeSpan.Zero);
    public static readonly Actor Chair = new("chair-aad-id", "Co-Chair One");
    public static readonly Speaker Ana = new(new ParticipantId("aad-ana"), "Ana Lima", "UNODC", "NGO", SpeakerChannel.Room);
    public static readonly Speaker Ben = new(new ParticipantId("aad-ben"), "Ben Okafor", "Civil Society Forum", "academia", SpeakerChannel.Remote);
    public static readonly Speaker Cai = new(new ParticipantId("aad-cai"), "Cai Wen", null, "private-sector", SpeakerChannel.Remote);

    public static Programme Programme { get; } = ProgrammeLoader.LoadBuiltIn();

    public List<SpeakersList> Lists { get; } = [];
    public List<Poll> Polls { get; } = [];
    public List<QuestionBoard> QuestionBoards { get; } = [];
    public List<Input> Inputs { get; } = [];
    public Dictionary<PollId, IReadOnlyList<AnswerGroup>> Answers { get; } = [];
    public Dictionary<ParticipantId, Speaker> Profiles { get; } = [];
    public int CurrentItem { get; set; }
    public List<IReportContributor> Contributors { get; } = [];

    public SpeakersList List(int item, int panel = 0)
    {
        var list = SpeakersList.Create(ConversationId, new AgendaPosition(item, panel), TimeSpan.FromMinutes(3));
        list.Open(Actor.System, Start);
        Lists.Add(list);
        return list;
    }

    public ConversationSession Session(DateTimeOffset now)
    {
        var lists = new Mock<ISpeakersListStore>();
        lists.Setup(s => s.ListAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. Lists.OrderBy(l => l.ItemIndex).ThenBy(l => l.Panel)]);
        lists.Setup(s => s.FindAsync(ConversationId, It.IsAny<AgendaPosition>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, AgendaPosition p, CancellationToken _) => Lists.Find(l => l.Position == p));
        var profiles = new Mock<IParticipantProfileStore>();
        profiles.Setup(s => s.FindAsync(ConversationId, It.IsAny<ParticipantId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, ParticipantId p, CancellationToken _) => Profiles.GetValueOrDefault(p));
        var dialogue = Dialogue.Start(new ConversationReference { ConversationId = ConversationId, ServiceUrl = "https://smba.example/", BotId = "28:bot" });
        if (CurrentItem > 0)
        {
            dialogue.GoTo(AgendaPosition.Item(CurrentItem), Programme);
        }

        var read = new ConversationRead(dialogue, null, new Dictionary<string, ActivityClaim>(), new Dictionary<ParticipantId, Speaker>());
        return new ConversationSession(ConversationId, dialogue.Reference, read, new SessionStores(lists.Object, profiles.Object, PollStore(), Boards()) { Inputs = InputStore() }, Programme, now);
    }

    public ReportBuilder Builder() => new(PollStore(), Contributors, NullLogger<ReportBuilder>.Instance);

    public Task<TeamsDialogueBot.Reports.Model.ReportModel> BuildAsync(ReportCoverage scope, DateTimeOffset now) =>
        Builder().BuildAsync(Session(now), scope, Chair, CancellationToken.None);

    private IQuestionBoardStore Boards()
    {
        var boards = new Mock<IQuestionBoardStore>();
        boards.Setup(s => s.ListAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. QuestionBoards]);
        boards.Setup(s => s.FindAsync(ConversationId, It.IsAny<AgendaPosition>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, AgendaPosition p, CancellationToken _) => QuestionBoards.Find(b => b.Position == p));
        return boards.Object;
    }

    private IInputStore InputStore()
    {
        var inputs = new Mock<IInputStore>();
        inputs.Setup(s => s.ListAsync(It.IsAny<string>(), It.IsAny<int?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, int? item, CancellationToken _) => [.. Inputs.Where(i => item is null || i.ItemIndex == item)]);
        inputs.Setup(s => s.WindowsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        return inputs.Object;
    }

    private IPollStore PollStore()
    {
        var polls = new Mock<IPollStore>(MockBehavior.Strict);
        polls.Setup(s => s.ListAsync(ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(() => [.. Polls]);
        polls.Setup(s => s.AnswerGroupsAsync(ConversationId, It.IsAny<PollId>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, PollId id, CancellationToken _) => Answers.GetValueOrDefault(id, []));
        return polls.Object;
    }
}
