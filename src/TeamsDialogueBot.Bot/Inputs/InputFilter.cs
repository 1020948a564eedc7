namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>Which inputs a listing shows: all, one agenda item's (its panels' included), one panel's, or one guiding question's.</summary>
public sealed record InputFilter(int? ItemIndex, int? GuidingQuestion, int? Panel = null)
{
    public static InputFilter All { get; } = new(null, null);

    public bool Includes(InputEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (ItemIndex is null || entry.ItemIndex == ItemIndex)
            && (Panel is null || entry.Panel == Panel)
            && (GuidingQuestion is null || entry.GuidingQuestion == GuidingQuestion);
    }
}
