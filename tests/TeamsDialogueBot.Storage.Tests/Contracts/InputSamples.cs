using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>Inputs the contract tests store: submitted through the domain, as turns submit them.</summary>
internal static class InputSamples
{
    public static readonly ProgrammeModel Programme = new()
    {
        Title = "Constructive Dialogue",
        Date = new DateOnly(2024, 7, 15),
        TimeZone = "Europe/Vienna",
        Items =
        [
            new AgendaItem { Number = "I", Title = "Opening" },
            new AgendaItem { Number = "II", Title = "Panel" },
            new AgendaItem
            {
                Number = "III",
                Title = "Tour de table",
                Panels = [new Panel("Youth voices", null)],
                StandingItems = [new StandingItem("Review", [new GuidingQuestion(1, "What works?"), new GuidingQuestion(2, "What not?")])],
            },
        ],
    };

    public static InputAuthor Ana { get; } = new("aad-ana-7f3e", "29:ana-7f3e", "Ana Silva");

    public static Input Submitted(
        int sequence,
        int item = 0,
        InputAuthor? author = null,
        InputAttribution attribution = InputAttribution.Named,
        string? organisation = "Migrant Rights Network",
        int? question = null,
        string? link = "https://example.org/report?id=7")
    {
        var draft = new InputDraft
        {
            Organisation = organisation,
            Title = "Helpline " + Samples.Number(sequence),
            Description = "A 24-hour helpline.\nIn six languages.",
            Link = link,
            ItemIndex = item,
            GuidingQuestion = question,
            Attribution = attribution,
        };
        var change = Input.Submit(InputId.Next(sequence), author ?? Ana, draft, Programme, _ => true, Samples.Start.AddMinutes(sequence), out var input);
        Assert.Equal(InputOutcome.Done, change.Outcome);
        return input!;
    }
}
