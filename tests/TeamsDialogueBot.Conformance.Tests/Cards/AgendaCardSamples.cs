using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>The agenda card over the built-in programme: first, middle, the tour-de-table with its 13 questions, last.</summary>
public sealed class AgendaCardSamples : ICardSamples
{
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();

    public IEnumerable<CardSample> Samples
    {
        get
        {
            var tourDeTable = Seed.Items.ToList().FindIndex(i => i.GuidingQuestions.Any());
            yield return new("agenda-first-item", AgendaCard.Render(Seed, At(0)));
            yield return new("agenda-middle-item", AgendaCard.Render(Seed, At(2)));
            yield return new("agenda-tour-de-table", AgendaCard.Render(Seed, At(tourDeTable)));
            yield return new("agenda-last-item", AgendaCard.Render(Seed, At(Seed.Items.Count - 1)));
        }
    }

    /// <summary>For a test that the sample really is the item with the guiding questions.</summary>
    public static int TourDeTableQuestionCount => Seed.Items.Max(i => i.GuidingQuestions.Count());

    private static AgendaPosition At(int index) => AgendaPosition.Item(index);
}
