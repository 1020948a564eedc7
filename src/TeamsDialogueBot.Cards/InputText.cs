using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Cards;

/// <summary><c>Input.Text</c>; its value comes back keyed by <see cref="CardElement.Id"/>.</summary>
public sealed record InputText : CardElement
{
    [SetsRequiredMembers]
    public InputText(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string? Label { get; init; }
    public string? Placeholder { get; init; }
    public int? MaxLength { get; init; }
    public bool? IsMultiline { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
    public string? Value { get; init; }
}
