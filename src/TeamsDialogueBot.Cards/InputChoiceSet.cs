using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Cards;

/// <summary>
/// <c>Input.ChoiceSet</c>; with <see cref="IsMultiSelect"/> the value comes back as the
/// chosen values joined by commas.
/// </summary>
public sealed record InputChoiceSet : CardElement
{
    [SetsRequiredMembers]
    public InputChoiceSet(string id, IReadOnlyList<Choice> choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(choices);
        Id = id;
        Choices = choices;
    }

    public IReadOnlyList<Choice> Choices { get; init; }
    public string? Label { get; init; }
    public ChoiceInputStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }

    /// <summary>The preselected value(s), comma-separated when multi-select.</summary>
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
}
