using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using static TeamsDialogueBot.Conformance.Tests.Cards.PollSampleData;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>
/// The cards issue 14 translated, in the five languages other than English (the English ones are the other samples),
/// at their longest: the tour-de-table agenda with the programme's translation, the full help card, each kind of poll
/// with its results, the voter's view, the speakers' list with its chair controls and a long line, the profile form,
/// the Q&amp;A card in the chairs' view and full, the inputs form with its problems, the author's view, an inputs page,
/// the report's summary card.
/// Arabic ones carry rtl; Chinese and Arabic glyphs go through the official renderer like the rest.
/// </summary>
public sealed class LocalisedCardSamples : ICardSamples
{
    public static readonly string[] Languages = ["ar", "zh", "fr", "ru", "es"];
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();

    public IEnumerable<CardSample> Samples => Languages.SelectMany(Cards);

    private static IEnumerable<CardSample> Cards(string language)
    {
        var texts = Texts.For(language);
        var tourDeTable = Seed.Items.ToList().FindIndex(i => i.GuidingQuestions.Any());
        yield return new($"agenda-tour-de-table-{language}", AgendaCard.Render(Seed, AgendaPosition.Item(tourDeTable), texts));
        yield return new($"help-chair-{language}", HelpCard.Render(HelpCardSamples.Commands, isChair: true, texts.Format("Help.Unknown", "dance"), texts));

        foreach (var (name, command) in Kinds)
        {
            var poll = AdHoc(command);
            var votes = Votes(poll);
            var tally = PollTally.Compute(poll, votes);
            yield return new($"poll-{name}-open-{language}", PollCard.Render(poll, tally, texts));
            yield return new($"poll-{name}-voter-view-{language}", PollCard.RenderForVoter(poll, tally, votes[1], texts));
            yield return new($"poll-{name}-results-{language}", PollResultsCard.Render(Closed(poll), PollTally.Compute(poll, votes), texts));
        }

        var multiple = AdHoc(Kinds[1].Command);
        var tooMany = PollErrorTexts.Explain(new PollError(PollErrorCode.TooManySelections, "Pick at most 2 options."), multiple, texts);
        yield return new($"poll-error-{language}", PollCard.RenderError(multiple, null, tooMany, texts));

        var heading = Seed.In(language).Items[tourDeTable].Heading;
        var context = new QueueCardContext(heading, QueueCardSamples.Start.AddMinutes(12), QueueCardSamples.ChairMris) { Texts = texts };
        yield return new($"queue-chair-view-{language}", QueueCard.Render(QueueCardSamples.FloorAndThree(), context, chairView: true));
        yield return new($"queue-long-line-chair-view-{language}", QueueCard.Render(QueueCardSamples.Long(60), context, chairView: true));
        yield return new($"profile-form-{language}", ProfileCard.Render(
            new Speaker(new ParticipantId("aad-amira"), "Amira Haddad", "Migrant Rights Network", "NGO", SpeakerChannel.Remote),
            StakeholderGroups.Default,
            AgendaPosition.Item(tourDeTable),
            texts));

        var qa = QandACardSamples.Shared with { Texts = texts };
        yield return new($"qa-chair-view-{language}", QandACard.Render(QandACardSamples.Moderated(), qa with { ChairView = true }));
        yield return new($"qa-full-{language}", QandACard.Render(QandACardSamples.Full(), qa));

        foreach (var sample in InputCardSamples.In(language))
        {
            yield return sample;
        }

        yield return new($"report-summary-session-{language}", ReportSummaryCard.Render(Summary, texts));
    }

    private static readonly ReportSummary Summary = new(
        ScopeItem: null,
        Items: 5,
        Room: new FigureRow(31, 27, TimeSpan.FromMinutes(71), TimeSpan.FromSeconds(152)),
        Remote: new FigureRow(38, 33, TimeSpan.FromMinutes(88), TimeSpan.FromSeconds(205)),
        Total: new FigureRow(69, 60, TimeSpan.FromMinutes(159), TimeSpan.FromSeconds(181)),
        FirstTimeSpeakers: new FigureRow(44, 41, TimeSpan.FromMinutes(110), TimeSpan.FromSeconds(170)),
        PhoneRequests: 12,
        Polls: 13,
        PollAnswers: 6_500,
        Questions: 100,
        Inputs: 200,
        ChairActions: 184,
        new DateTimeOffset(2024, 7, 15, 17, 55, 0, TimeSpan.FromHours(2)),
        "CEST");
}
