using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Storage.Tests.Contracts;

/// <summary>A programme of n plain items (no panels), for moving a dialogue's agenda in storage tests.</summary>
public static class FlatProgramme
{
    public static Programme Of(int items) => new()
    {
        Title = "Test programme",
        Date = new DateOnly(2024, 7, 15),
        TimeZone = "Europe/Vienna",
        Items = [.. Enumerable.Range(1, items).Select(i => new AgendaItem { Number = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Title = "Item " + i })],
    };
}
