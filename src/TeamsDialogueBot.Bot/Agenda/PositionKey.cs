using System.Globalization;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>
/// An agenda position as cards and card slots carry it: "3" for an item (as cards always said), "2.1" for a panel.
/// Cards posted before panels were positions say "3" and still act on the item.
/// </summary>
public static class PositionKey
{
    public static string Of(AgendaPosition position) =>
        position.Panel == 0
            ? position.ItemIndex.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{position.ItemIndex}.{position.Panel}");

    public static bool TryParse(string? key, out AgendaPosition position)
    {
        position = default;
        if (string.IsNullOrEmpty(key) || key.Length > 12)
        {
            return false;
        }

        var dot = key.IndexOf('.', StringComparison.Ordinal);
        var item = dot < 0 ? key : key[..dot];
        var panel = dot < 0 ? "0" : key[(dot + 1)..];
        if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var itemIndex)
            || !int.TryParse(panel, NumberStyles.None, CultureInfo.InvariantCulture, out var panelNumber))
        {
            return false;
        }

        position = new AgendaPosition(itemIndex, panelNumber);
        return true;
    }
}
