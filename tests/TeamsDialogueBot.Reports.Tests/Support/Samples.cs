using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Tests.Support;

/// <summary>
/// A small meeting with something of every kind: both channels and a phone request, every poll kind (one
/// anonymous), inputs and questions with each attribution, user text that tries formula injection or
/// carries control characters, and Arabic and Chinese names.
/// </summary>
public static class Samples
{
    public const string AnonymousQuestion = "Who funds the review mechanism after 2026?";
    public const string AnonymousInputTitle = "Survivor support network in the Sahel";
    public const string ArabicSpeaker = "ليلى حداد";
    public const string ArabicOrganisation = "الشبكة العربية لمكافحة الفساد";
    public const string ChineseSpeaker = "王芳";
    public const string ChineseOrganisation = "中国法律援助基金会";
    public const string InjectionTopic = "=HYPERLINK(\"http://evil.example\",\"click\")";

    /// <summary>Every cell the sample puts after one of Excel's formula characters (= + - @ tab CR).</summary>
    public static readonly string[] InjectionTexts = [InjectionTopic, "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)", "\tTabbed start", "\rCarriage start"];

    private static readonly DateTimeOffset s_start = new(2024, 7, 15, 10, 0, 0, TimeSpan.FromHours(2));

    /// <summary>People who chose to be named; none of them may appear beside an anonymous question or input.</summary>
    public static readonly string[] NamedPeople = ["Ana Lima", "Kwame Mensah", ArabicSpeaker, ChineseSpeaker, "Jean Dupont", "Maria Rossi", "Co-Chair Ortiz"];

    public static ReportModel English() => Build("en", "Constructive Dialogue on the UNTOC and Protocols' review process", "III", "Spotlight on the review mechanism");

    public static ReportModel Arabic() => Build("ar", "حوار بنّاء بشأن عملية استعراض الاتفاقية وبروتوكولاتها", "III", "تسليط الضوء على آلية الاستعراض");

    private static ReportModel Build(string language, string title, string itemNumber, string itemTitle) => new()
    {
        Title = title,
        Subtitle = "UNODC, Vienna",
        Date = new DateOnly(2024, 7, 15),
        Venue = "Vienna International Centre, Boardroom D",
        Language = language,
        TimeZoneLabel = "CEST",
        GeneratedAt = s_start.AddHours(8),
        Scope = ReportScope.Session,
        Programme =
        [
            new ProgrammeItem { Number = "I", Title = "Opening", Time = "10:00–10:15", Points = ["Welcome by the co-chairs"] },
            new ProgrammeItem
            {
                Number = itemNumber,
                Title = itemTitle,
                Time = "10:15–13:00",
                Points = ["Panels followed by Q&A", "Tour-de-table of non-governmental stakeholders"],
                Panels = [new ProgrammePanel { Number = 1, Title = "Lessons from the first cycle", FollowUp = "Q&A and collection of inputs", Moderator = "Maria Rossi", Panellists = ["Jean Dupont", ArabicSpeaker] }],
                StandingItems =
                [
                    new ProgrammeStandingItem
                    {
                        Title = "Technical assistance",
                        GuidingQuestions = [new GuidingQuestion(1, "What support do stakeholders need?"), new GuidingQuestion(2, "How should the review involve civil society?")],
                    },
                ],
            },
        ],
        SessionFigures = Figures(2, 2, phone: 1),
        TranscriptStatus = "no transcript: Teams did not transcribe this meeting (turn on transcription when the meeting starts).",
        Items =
        [
            new ReportItem { Number = "I", Title = "Opening", Parts = [new ReportPart { Interventions = [Intervention(1, "Co-Chair Ortiz", "UNODC", "Member States", ReportChannel.Room, 0, topic: null)] }] },
            new ReportItem
            {
                Number = itemNumber,
                Title = itemTitle,
                Parts =
                [
                    new ReportPart
                    {
                        Panel = 1,
                        Title = "Lessons from the first cycle",
                        Interventions = [Intervention(1, "Jean Dupont", "Transparency Now", "NGOs", ReportChannel.Room, 20, "First-cycle findings")],
                        Questions =
                        [
                            new ReportQuestion { Text = "How were NGOs consulted in the first cycle?", AskedBy = "Kwame Mensah, Africa Justice Forum", AddressedTo = "Jean Dupont", Votes = 14, Answered = true, AskedAt = s_start.AddMinutes(30) },
                            new ReportQuestion { Text = AnonymousQuestion, AskedBy = null, Votes = 9, AskedAt = s_start.AddMinutes(31) },
                            new ReportQuestion { Text = "+Will the reports be public?", AskedBy = "Africa Justice Forum", Votes = 3, AskedAt = s_start.AddMinutes(32) },
                        ],
                        Inputs =
                        [
                            new ReportInput { Title = "Regional training on asset recovery", Description = "Five workshops in 2024.\nMaterials in EN and FR.", Link = "https://example.org/training", Organisation = "Africa Justice Forum", Attribution = "Kwame Mensah, Africa Justice Forum", GuidingQuestion = 1, SubmittedAt = s_start.AddMinutes(40) },
                            new ReportInput { Title = AnonymousInputTitle, Description = "Shelters run by volunteers.\u0001", Link = null, Organisation = null, Attribution = null, GuidingQuestion = 2, SubmittedAt = s_start.AddMinutes(41) },
                            new ReportInput { Title = "مبادرة النزاهة الإقليمية", Description = "برنامج تدريبي للصحفيين", Organisation = ArabicOrganisation, Attribution = ArabicOrganisation, GuidingQuestion = null, SubmittedAt = s_start.AddMinutes(42) },
                        ],
                    },
                    new ReportPart
                    {
                        Interventions =
                        [
                            Intervention(1, "Ana Lima", "Instituto Pró-Justiça", "NGOs", ReportChannel.Remote, 60, InjectionTopic, guidingQuestion: 1, excerpt: "We need funding for the country visits."),
                            Intervention(2, ArabicSpeaker, ArabicOrganisation, "Academia", ReportChannel.Room, 65, "+SUM(A1:A9)", phone: true),
                            Intervention(3, ChineseSpeaker, ChineseOrganisation, "Private sector", ReportChannel.Remote, 70, "-2+3+cmd|' /C calc'!A0", guidingQuestion: 2),
                            Intervention(4, "Maria Rossi", "@SUM(1)", "\tTabbed start", ReportChannel.Room, 75, "\rCarriage start"),
                        ],
                        Figures = Figures(2, 2, phone: 1),
                        Polls =
                        [
                            new ReportPoll
                            {
                                Id = "p1", Question = "Which should the review prioritise?", Kind = ReportPollKind.SingleChoice, State = ReportPollState.Closed, Voters = 37, GuidingQuestion = 1,
                                Options = [new("Country visits", 21, 56.8), new("Written submissions", 12, 32.4), new("=1+1 formula option", 4, 10.8)],
                            },
                            new ReportPoll
                            {
                                Id = "p2", Question = "Which formats help you most?", Kind = ReportPollKind.MultipleChoice, State = ReportPollState.Closed, Voters = 30, Anonymous = true,
                                Options = [new("Hybrid", 25, 83.3), new("Online only", 9, 30.0), new("In person", 17, 56.7)],
                            },
                            new ReportPoll
                            {
                                Id = "p3", Question = "How useful was the first cycle?", Kind = ReportPollKind.Rating, State = ReportPollState.Open, Voters = 10,
                                Rating = new ReportRating { Min = 1, Max = 5, MinLabel = "Not at all", MaxLabel = "Very", Average = 3.7, Distribution = [new(1, 0, 0), new(2, 1, 10), new(3, 3, 30), new(4, 4, 40), new(5, 2, 20)] },
                            },
                            new ReportPoll
                            {
                                Id = "p4", Question = "Rank the priorities", Kind = ReportPollKind.Ranking, State = ReportPollState.Closed, Voters = 8,
                                Ranking = [new(1, "Funding", 13, 5), new(2, "Access", 9, 2), new(3, "Follow-up", 2, 1)],
                            },
                            new ReportPoll
                            {
                                Id = "p5", Question = "One word for the review?", Kind = ReportPollKind.OpenText, State = ReportPollState.Closed, Voters = 12, Anonymous = true, GuidingQuestion = 2,
                                Texts = [new("Inclusive", 7), new("Slow", 4), new("=cmd", 1)],
                            },
                        ],
                        ChairActions =
                        [
                            new ReportChairAction(s_start.AddMinutes(59), "Co-Chair Ortiz", "policy", "alternate"),
                            new ReportChairAction(s_start.AddMinutes(60), "Co-Chair Ortiz", "ack", "Ana Lima"),
                        ],
                    },
                ],
            },
        ],
    };

    /// <summary>Every intervention of the sample, wherever it sits.</summary>
    public static IEnumerable<ReportIntervention> Interventions(ReportModel model) => model.Items.SelectMany(i => i.Parts).SelectMany(p => p.Interventions);

    public static IEnumerable<ReportPoll> Polls(ReportModel model) => model.Items.SelectMany(i => i.Parts).SelectMany(p => p.Polls);

    public static IEnumerable<ReportQuestion> Questions(ReportModel model) => model.Items.SelectMany(i => i.Parts).SelectMany(p => p.Questions);

    public static IEnumerable<ReportInput> Inputs(ReportModel model) => model.Items.SelectMany(i => i.Parts).SelectMany(p => p.Inputs);

    private static ReportIntervention Intervention(
        int turn, string speaker, string organisation, string group, ReportChannel channel, int minute, string? topic,
        int? guidingQuestion = null, string? excerpt = null, bool phone = false) => new()
        {
            Turn = turn,
            Speaker = speaker,
            Organisation = organisation,
            StakeholderGroup = group,
            Channel = channel,
            FromPhone = phone,
            RequestedAt = s_start.AddMinutes(minute - 3),
            StartedAt = s_start.AddMinutes(minute),
            EndedAt = s_start.AddMinutes(minute).AddSeconds(170 + turn),
            SpeakingTime = TimeSpan.FromSeconds(170 + turn),
            WaitingTime = TimeSpan.FromMinutes(3),
            Topic = topic,
            GuidingQuestion = guidingQuestion,
            TranscriptExcerpt = excerpt,
        };

    private static EqualFootingFigures Figures(int room, int remote, int phone) => new()
    {
        Room = new FigureRow(room + 1, room, TimeSpan.FromSeconds(room * 171), TimeSpan.FromSeconds(150)),
        Remote = new FigureRow(remote, remote, TimeSpan.FromSeconds(remote * 172), TimeSpan.FromSeconds(190)),
        ByGroup = [new("NGOs", new FigureRow(2, 1, TimeSpan.FromSeconds(171), TimeSpan.FromSeconds(180))), new("Academia", new FigureRow(1, 1, TimeSpan.FromSeconds(172), TimeSpan.FromSeconds(180)))],
        FirstTimeSpeakers = new FigureRow(3, 3, TimeSpan.FromSeconds(515), TimeSpan.FromSeconds(170)),
        Total = new FigureRow(room + remote + 1, room + remote, TimeSpan.FromSeconds((room * 171) + (remote * 172)), TimeSpan.FromSeconds(170)),
        Online = new OnlineAttendance(48, remote),
        PhoneRequests = phone,
    };
}
