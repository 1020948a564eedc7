using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Domain.Tests.Inputs;

internal static class InputKit
{
    public static readonly DateTimeOffset Start = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);
    public static readonly InputAuthor Ana = new("aad-ana", "29:ana", "Ana Silva");
    public static readonly Actor Chair = new("aad-chair", "Co-chair");
    public static readonly Func<int, bool> AllOpen = _ => true;

    public static readonly ProgrammeModel Agenda = new()
    {
        Title = "Dialogue",
        Date = new DateOnly(2024, 7, 15),
        TimeZone = "Europe/Vienna",
        Items =
        [
            new AgendaItem { Number = "I", Title = "Opening" },
            new AgendaItem { Number = "II", Title = "Tour de table", Panels = [new Panel("Protection", null)], StandingItems = [new StandingItem("Review", [new GuidingQuestion(1, "What works?"), new GuidingQuestion(2, "What not?")])] },
        ],
    };

    public static InputDraft Draft(
        string? title = "Helpline",
        string? description = "A 24-hour helpline.",
        string? organisation = "UNODC",
        string? link = null,
        int? item = 1,
        int? question = null,
        InputAttribution? attribution = InputAttribution.Named) =>
        new()
        {
            Title = title,
            Description = description,
            Organisation = organisation,
            Link = link,
            ItemIndex = item,
            GuidingQuestion = question,
            Attribution = attribution,
        };

    public static Input Submitted(InputDraft? draft = null, InputAuthor? author = null)
    {
        var change = Input.Submit(InputId.Next(1), author ?? Ana, draft ?? Draft(), Agenda, AllOpen, Start, out var input);
        Assert.Equal(InputOutcome.Done, change.Outcome);
        return input!;
    }
}
