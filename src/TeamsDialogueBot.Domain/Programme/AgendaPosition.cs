namespace TeamsDialogueBot.Domain.Programme;

/// <summary>
/// A place in the programme chairs can move to: an agenda item itself or one of its panels. The
/// programme's <see cref="Programme.Positions"/> lists them in the order next/prev walk them.
/// </summary>
/// <param name="ItemIndex">0-based index into <see cref="Programme.Items"/>.</param>
/// <param name="Panel">0 = the item itself; 1..n = its panels, numbered as printed ("Panel 2").</param>
public readonly record struct AgendaPosition(int ItemIndex, int Panel)
{
    public static AgendaPosition Item(int itemIndex) => new(itemIndex, 0);

    public bool IsPanel => Panel > 0;
}
