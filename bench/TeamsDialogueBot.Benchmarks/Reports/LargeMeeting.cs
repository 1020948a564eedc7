using System.Globalization;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Benchmarks.Reports;

/// <summary>
/// The meeting issue 12 sizes the report for: 60 interventions, 13 polls of 500 voters (every kind; the
/// open-text ones with hundreds of different answers), 200 inputs and 100 questions, over the seed
/// programme's shape (opening, two panels and a tour-de-table in item III, closing). Deterministic.
/// </summary>
public static class LargeMeeting
{
    public const int Interventions = 60;
    public const int Polls = 13;
    public const int Voters = 500;
    public const int Inputs = 200;
    public const int Questions = 100;

    private static readonly DateTimeOffset s_start = new(2024, 7, 15, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly string[] s_groups = ["Member States", "NGOs", "Academia", "Private sector", "Intergovernmental organisations"];

    public static ReportModel Create()
    {
        var turn = 0;
        var questions = Enumerable.Range(1, Polls).Select(n => new GuidingQuestion(n, $"Guiding question {n}: how can stakeholders contribute to the review of chapter {n}?")).ToList();
        return new ReportModel
        {
            Title = "Constructive Dialogue on the UNTOC and Protocols' review process",
            Date = new DateOnly(2024, 7, 15),
            Venue = "Vienna International Centre",
            Language = "en",
            TimeZoneLabel = "CEST",
            GeneratedAt = s_start.AddHours(8),
            Programme =
            [
                new ProgrammeItem { Number = "I", Title = "Opening", Points = ["Welcome"] },
                new ProgrammeItem
                {
                    Number = "III",
                    Title = "Spotlight on the review mechanism",
                    Panels = [Panel(1), Panel(2)],
                    StandingItems = [new ProgrammeStandingItem { Title = "Standing items", GuidingQuestions = questions }],
                },
                new ProgrammeItem { Number = "V", Title = "Closing", Points = ["Closing remarks"] },
            ],
            SessionFigures = Figures(Interventions),
            TranscriptStatus = "no transcript: the meeting was not transcribed.",
            Items =
            [
                new ReportItem { Number = "I", Title = "Opening", Parts = [Part(null, 3, ref turn, 0, 0, 0)] },
                new ReportItem
                {
                    Number = "III",
                    Title = "Spotlight on the review mechanism",
                    Parts = [Part(1, 10, ref turn, 60, 50, 0), Part(2, 10, ref turn, 60, 50, 0), Part(null, 35, ref turn, 80, 0, Polls)],
                },
                new ReportItem { Number = "V", Title = "Closing", Parts = [Part(null, 2, ref turn, 0, 0, 0)] },
            ],
        };
    }

    private static ProgrammePanel Panel(int number) => new()
    {
        Number = number,
        Title = $"Panel {number} on the review process",
        FollowUp = "Q&A and collection of inputs",
        Moderator = $"Moderator {number}",
        Panellists = [$"Panellist {number}A", $"Panellist {number}B", $"Panellist {number}C"],
    };

    private static ReportPart Part(int? panel, int interventions, ref int turn, int inputs, int questions, int polls)
    {
        var first = turn;
        turn += interventions;
        return new ReportPart
        {
            Panel = panel,
            Title = panel is null ? null : $"Panel {panel} on the review process",
            Interventions = [.. Enumerable.Range(first, interventions).Select((n, index) => Intervention(index + 1, n))],
            Figures = Figures(interventions),
            Polls = [.. Enumerable.Range(1, polls).Select(Poll)],
            Inputs = [.. Enumerable.Range(first * 1000, inputs).Select(Input)],
            Questions = [.. Enumerable.Range(first * 1000, questions).Select(Question)],
            ChairActions = [.. Enumerable.Range(first, interventions * 2).Select(n => new ReportChairAction(s_start.AddMinutes(n), "Co-Chair One", n % 2 == 0 ? "ack" : "move", $"Speaker {n} to position {n % 7}"))],
        };
    }

    private static ReportIntervention Intervention(int turn, int n) => new()
    {
        Turn = turn,
        Speaker = $"Speaker {n}",
        Organisation = $"Organisation {n % 40}",
        StakeholderGroup = s_groups[n % s_groups.Length],
        Channel = n % 2 == 0 ? ReportChannel.Room : ReportChannel.Remote,
        FromPhone = n % 6 == 0,
        RequestedAt = s_start.AddMinutes(3 * n),
        StartedAt = s_start.AddMinutes((3 * n) + 2),
        EndedAt = s_start.AddMinutes((3 * n) + 5),
        SpeakingTime = TimeSpan.FromMinutes(3),
        WaitingTime = TimeSpan.FromMinutes(2),
        Topic = n % 3 == 0 ? $"To say something about chapter {n % Polls} and its follow-up" : null,
        GuidingQuestion = (n % Polls) + 1,
        TranscriptExcerpt = $"Thank you, Chair. On chapter {n % Polls}, our organisation would like to stress three points about the review mechanism and its follow-up.",
    };

    private static ReportPoll Poll(int number)
    {
        var kind = (ReportPollKind)(number % 5);
        var options = Enumerable.Range(1, 8).Select(i => new ReportPollOption($"Option {i} of poll {number}", Voters / 8, 12.5)).ToList();
        return new ReportPoll
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"p{number}"),
            Question = $"Poll {number} on guiding question {number}?",
            Kind = kind,
            Anonymous = number % 3 == 0,
            State = ReportPollState.Closed,
            Voters = Voters,
            GuidingQuestion = number,
            Options = kind is ReportPollKind.SingleChoice or ReportPollKind.MultipleChoice ? options : [],
            Rating = kind == ReportPollKind.Rating
                ? new ReportRating { Min = 1, Max = 5, Average = 3.4, Distribution = [.. Enumerable.Range(1, 5).Select(v => new ReportRatingCount(v, Voters / 5, 20))] }
                : null,
            Ranking = kind == ReportPollKind.Ranking ? [.. options.Select((o, i) => new ReportRankingPlace(i + 1, o.Label, 4000 - (i * 400), 60 - i))] : [],

            // Most open-text answers differ: 350 groups for 500 voters.
            Texts = kind == ReportPollKind.OpenText ? [.. Enumerable.Range(1, 350).Select(i => new ReportTextAnswer($"Answer {i} to poll {number}: more funding for country visits", i <= 150 ? 2 : 1))] : [],
        };
    }

    private static ReportInput Input(int n) => new()
    {
        Title = $"Input {n}: regional activity on asset recovery",
        Description = $"Description of activity {n}: workshops, a handbook and follow-up visits for practitioners in the region, with partners from academia and civil society.",
        Link = n % 2 == 0 ? $"https://example.org/activities/{n}" : null,
        Organisation = n % 5 == 0 ? null : $"Organisation {n % 40}",
        Attribution = (n % 5) switch { 0 => null, 1 => $"Organisation {n % 40}", _ => $"Participant {n}, Organisation {n % 40}" },
        GuidingQuestion = n % 4 == 0 ? null : (n % Polls) + 1,
        SubmittedAt = s_start.AddMinutes(n % 400),
    };

    private static ReportQuestion Question(int n) => new()
    {
        Text = $"Question {n}: how will the review take the views of stakeholders into account?",
        AskedBy = n % 3 == 0 ? null : $"Participant {n}",
        AddressedTo = n % 4 == 0 ? "Panellist 1A" : null,
        Votes = n % 37,
        Answered = n % 2 == 0,
        AskedAt = s_start.AddMinutes(n % 300),
    };

    private static EqualFootingFigures Figures(int interventions)
    {
        var room = new FigureRow(interventions / 2 + 2, interventions / 2, TimeSpan.FromMinutes(3 * (interventions / 2)), TimeSpan.FromMinutes(2));
        var remote = new FigureRow(interventions - (interventions / 2), interventions - (interventions / 2), TimeSpan.FromMinutes(3 * (interventions - (interventions / 2))), TimeSpan.FromMinutes(2));
        return new EqualFootingFigures
        {
            Room = room,
            Remote = remote,
            ByGroup = [.. s_groups.Select(g => new GroupFigureRow(g, new FigureRow(interventions / 5, interventions / 5, TimeSpan.FromMinutes(3 * (interventions / 5)), TimeSpan.FromMinutes(2))))],
            FirstTimeSpeakers = new FigureRow(interventions / 3, interventions / 3, TimeSpan.FromMinutes(interventions), TimeSpan.FromMinutes(2)),
            Total = new FigureRow(interventions + 2, interventions, TimeSpan.FromMinutes(3 * interventions), TimeSpan.FromMinutes(2)),
            Online = new OnlineAttendance(180, interventions / 2),
            PhoneRequests = interventions / 6,
        };
    }
}
