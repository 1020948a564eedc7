using TeamsDialogueBot.Domain.Programme;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Domain.Tests.Programmes;

/// <summary>Programmes built in code, shaped like the seed: I, II, III with two panels, IV with questions, V.</summary>
internal static class ProgrammeKit
{
    public static readonly PollTemplate Poll = new("single", ["Yes", "No"]);

    public static ProgrammeModel Seedlike(params AgendaItem[] extra) => new()
    {
        Title = "Constructive Dialogue",
        Subtitle = "Morning",
        Date = new DateOnly(2024, 7, 15),
        TimeZone = "Europe/Vienna",
        Venue = "Boardroom D",
        Format = "Hybrid format",
        Items =
        [
            new AgendaItem { Number = "I", Title = "Opening of the meeting", Points = ["Introductory remarks"] },
            new AgendaItem { Number = "II", Title = "Briefing on the review process", Points = ["Overview", "Interventions"] },
            new AgendaItem
            {
                Number = "III",
                Title = "Spotlight on the Working Group",
                Panels =
                [
                    new Panel("Preventing and combatting the smuggling of migrants", "Q&A session")
                    {
                        Moderator = new PanelMember("Ana Pérez", "UNODC"),
                        Panellists = [new PanelMember("Li Wei", null)],
                    },
                    new Panel("Protection and assistance measures for smuggled migrants", null),
                ],
            },
            new AgendaItem
            {
                Number = "IV",
                Title = "Interactive exchange",
                StandingItems =
                [
                    new StandingItem("Role of stakeholders", [new GuidingQuestion(1, "How can stakeholders contribute?"), new GuidingQuestion(2, "Which measure matters most?") { Poll = Poll }]),
                    new StandingItem("Technical assistance", [new GuidingQuestion(3, "What formats work?")]),
                ],
            },
            new AgendaItem { Number = "V", Title = "Closing of the meeting" },
            .. extra,
        ],
    };

    public static ProgrammeTranslation French => new()
    {
        Title = "Dialogue constructif",
        Subtitle = "Matin",
        Venue = "Salle du Conseil D",
        PanelLabel = "Réunion-débat",
        Items = new Dictionary<string, AgendaItemTranslation>
        {
            ["I"] = new() { Title = "Ouverture de la réunion", Points = ["Observations liminaires"] },
            ["III"] = new()
            {
                Title = "Pleins feux sur le Groupe de travail",
                Panels = new Dictionary<int, PanelTranslation> { [2] = new("Mesures de protection et d'assistance", null) },
            },
            ["IV"] = new() { StandingItems = new Dictionary<int, string> { [1] = "Rôle des parties prenantes" } },
        },
        GuidingQuestions = new Dictionary<int, string> { [1] = "Comment les parties prenantes peuvent-elles contribuer ?", [2] = "Quelle mesure compte le plus ?" },
    };

    public static ProgrammeTranslation Spanish => new()
    {
        Title = "Diálogo constructivo",
        Items = new Dictionary<string, AgendaItemTranslation> { ["V"] = new() { Title = "Clausura de la reunión" } },
    };

    public static ProgrammeModel Translated() =>
        Seedlike() with { Translations = new Dictionary<string, ProgrammeTranslation> { ["fr"] = French, ["es"] = Spanish } };
}
