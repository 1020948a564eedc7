using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Benchmarks.Reports;

/// <summary>
/// The `report` turn on issue 12's meeting, stored in SQLite as the bot stores it: 60 interventions over three items,
/// 13 polls of 500 voters (every kind; open-text ones with hundreds of different answers), and a contributor adding
/// 200 inputs and 100 questions (standing in for the features that will). Measured: the batch's read, the model built
/// from the stores, then report.json as the turn stores it; and with every file written as the first download does.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet disposes it in GlobalCleanup.")]
public class ReportBuilding
{
    private const string Conversation = "19:meeting_bench@thread.v2";
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("chair-aad", "Co-Chair One");
    private static readonly string[] Groups = ["NGO", "academia", "private sector", "youth", "intergovernmental"];

    private readonly Programme _programme = ProgrammeLoader.LoadBuiltIn();
    private string _directory = null!;
    private SqliteDatabase _database = null!;
    private SqliteWriteBatcher _writes = null!;
    private SqliteConversationReader _reader = null!;
    private SessionStores _stores = null!;
    private ReportBuilder _builder = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _writes.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> ReportTurn()
    {
        var model = await BuildAsync();
        return ReportJson.Write(model).Length;
    }

    [Benchmark]
    public async Task<int> ReportTurnAndEveryFile()
    {
        var model = await BuildAsync();
        return ReportJson.Write(model).Length + ReportFiles.Write(model).Sum(f => f.Content.Length);
    }

    private async Task<ReportModel> BuildAsync()
    {
        var read = await _reader.ReadAsync(Conversation, ["bench-activity"], [new ParticipantId(Chair.Id)], CancellationToken.None);
        var session = new ConversationSession(Conversation, read.Dialogue!.Reference, read, _stores, _programme, Start.AddHours(8));
        return await _builder.BuildAsync(session, ReportCoverage.Session, Chair, CancellationToken.None);
    }

    private async Task SetupAsync()
    {
        _directory = Directory.CreateTempSubdirectory("tdb-bench-report-").FullName;
        _database = new SqliteDatabase($"Data Source={Path.Combine(_directory, "dialogue.db")}");
        await _database.MigrateAsync(SqliteMigrations.All, CancellationToken.None);
        _writes = new SqliteWriteBatcher(_database);
        _reader = new SqliteConversationReader(_database);
        var polls = new SqlitePollStore(_database, _writes);
        _stores = new SessionStores(new SqliteSpeakersListStore(_database), new SqliteParticipantProfileStore(_database), polls, new SqliteQuestionBoardStore(_database)) { Inputs = new SqliteInputStore(_database) };
        _builder = new ReportBuilder(polls, [new InputsAndQuestions()], NullLogger<ReportBuilder>.Instance);

        var dialogue = Dialogue.Start(new ConversationReference { ConversationId = Conversation, ServiceUrl = "https://smba.example/", BotId = "28:bot" });
        dialogue.GoTo(AgendaPosition.Item(4), _programme);
        var writes = new List<StagedWrite> { new StagedWrite.SaveDialogue(dialogue, 0) };
        var speaker = 0;
        foreach (var (item, count) in new[] { (0, 5), (2, 20), (3, 30), (4, 5) })
        {
            writes.Add(new StagedWrite.SaveSpeakersList(List(item, count, ref speaker), 0));
        }

        var launched = Enumerable.Range(1, 13).Select(Poll).ToList();
        writes.AddRange(launched.Select(p => new StagedWrite.AddPoll(p)));
        var committer = new SqliteChangeCommitter(_writes, TimeProvider.System);
        if (await committer.CommitAsync(new ChangeSet(Conversation, [], writes), CancellationToken.None) is not CommitResult.Stored)
        {
            throw new InvalidOperationException("The meeting could not be stored.");
        }

        var secret = new byte[32];
        await Task.WhenAll(launched.SelectMany(poll => Enumerable.Range(1, 500).Select(voter =>
            polls.UpsertAnswerAsync(Conversation, Answer(poll, VoterKey.For(poll, $"voter-{voter}", secret), voter), null, CancellationToken.None))));
    }

    private static SpeakersList List(int item, int interventions, ref int speaker)
    {
        var list = SpeakersList.Create(Conversation, AgendaPosition.Item(item), TimeSpan.FromMinutes(3));
        list.Open(Actor.System, Start);
        var at = Start.AddMinutes(item * 40);
        for (var i = 0; i < interventions; i++, speaker++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"Speaker {speaker % 45}");
            var person = speaker % 2 == 0
                ? new Speaker(ParticipantId.ForTypedName(name), name, $"Organisation {speaker % 30}", Groups[speaker % Groups.Length], SpeakerChannel.Room)
                : new Speaker(new ParticipantId($"aad-{speaker % 45}"), name, $"Organisation {speaker % 30}", Groups[speaker % Groups.Length], SpeakerChannel.Remote);
            list.Request(person, speaker % 3 == 0 ? "on the review mechanism and its follow-up" : null, (speaker % 13) + 1, at.AddMinutes(i * 3), person.Channel == SpeakerChannel.Room ? Chair : null);
            list.Ack(Chair, at.AddMinutes((i * 3) + 1));
        }

        list.Ack(Chair, at.AddMinutes(interventions * 3));
        return list;
    }

    private static Poll Poll(int n)
    {
        var kind = (PollKind)((n - 1) % 5);
        string[] options = kind is PollKind.Rating or PollKind.OpenText ? [] : ["Yes", "No", "Partly", "Not sure", "Later"];
        var spec = new PollSpec(string.Create(CultureInfo.InvariantCulture, $"Guiding question {n}: how can stakeholders contribute?"), kind, options) { Anonymous = n % 3 == 0 };
        var poll = TeamsDialogueBot.Domain.Polls.Poll.AdHoc(PollId.Next(n), spec, 3, Chair.Id, Start.AddMinutes(n * 10)).Value!;
        poll.Close(Start.AddMinutes((n * 10) + 5), Chair.Id);
        return poll;
    }

    private static Answer Answer(Poll poll, VoterKey voter, int n) => new(poll.Id, voter, Start.AddMinutes(n % 60))
    {
        Choices = poll.Kind switch
        {
            PollKind.SingleChoice => [poll.Options[n % poll.Options.Count].Key],
            PollKind.MultipleChoice => [poll.Options[n % 5].Key, poll.Options[(n + 2) % 5].Key],
            PollKind.Ranking => [.. poll.Options.Select((o, i) => poll.Options[(i + n) % poll.Options.Count].Key)],
            _ => [],
        },
        Rating = poll.Kind == PollKind.Rating ? 1 + (n % 5) : null,
        Text = poll.Kind == PollKind.OpenText ? string.Create(CultureInfo.InvariantCulture, $"Idea {n % 350}: more time for the stakeholders of region {n % 7}") : null,
    };

    /// <summary>Stands in for the inputs and Q&amp;A features: 200 inputs and 100 questions on item IV and the panels of item III.</summary>
    private sealed class InputsAndQuestions : IReportContributor
    {
        public Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
        {
            for (var i = 0; i < 200; i++)
            {
                draft.Part(3).Inputs.Add(new ReportInput
                {
                    Title = string.Create(CultureInfo.InvariantCulture, $"Activity {i}: training on the Protocol"),
                    Description = new string('d', 400),
                    Link = "https://example.org/activity",
                    Organisation = i % 4 == 0 ? null : "Civil Society Forum",
                    Attribution = i % 4 == 0 ? null : "Civil Society Forum",
                    GuidingQuestion = (i % 13) + 1,
                    SubmittedAt = draft.Local(Start.AddMinutes(i)),
                });
            }

            for (var i = 0; i < 100; i++)
            {
                draft.Part(2, (i % 2) + 1).Questions.Add(new ReportQuestion
                {
                    Text = string.Create(CultureInfo.InvariantCulture, $"Question {i} to the panel about the review mechanism?"),
                    AskedBy = i % 3 == 0 ? null : "Participant",
                    Votes = 100 - i,
                    AskedAt = draft.Local(Start.AddMinutes(i)),
                });
            }

            return Task.CompletedTask;
        }
    }
}
