using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>
/// A body element. The "type" discriminator is written first, which the Adaptive Cards
/// parsers rely on to pick the element class before reading the rest.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ChartHorizontalBar), "Chart.HorizontalBar")]
public abstract record CardElement
{
    public string? Id { get; init; }
    public Spacing? Spacing { get; init; }
    public bool? Separator { get; init; }
    public bool? IsVisible { get; init; }

    /// <summary>What a host that can't render this element shows instead (an element, or <see cref="CardFallback.Drop"/>).</summary>
    public CardFallback? Fallback { get; init; }
}
