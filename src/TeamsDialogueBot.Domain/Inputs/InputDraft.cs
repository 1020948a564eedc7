namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// What the input form sent, before any rule is applied: texts as typed, and null where a choice was missing or
/// not one the form offered. <see cref="InputRules.Check"/> turns it into clean values or the problems to show.
/// </summary>
public sealed record InputDraft
{
    public string? Organisation { get; init; }
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Link { get; init; }

    /// <summary>0-based agenda item; null when the form sent none or something else than a number.</summary>
    public int? ItemIndex { get; init; }

    /// <summary>0 (or null) for the item's own floor, 1… for one of its panels ("III.2").</summary>
    public int? Panel { get; init; }

    /// <summary>Programme-wide guiding question number; null for none; 0 for something the form never offers.</summary>
    public int? GuidingQuestion { get; init; }

    /// <summary>Null when the form sent none or an unknown one.</summary>
    public InputAttribution? Attribution { get; init; }
}
