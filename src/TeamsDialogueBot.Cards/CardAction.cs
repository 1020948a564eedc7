using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
public abstract record CardAction
{
    public string? Title { get; init; }
    public string? Id { get; init; }
    public ActionStyle? Style { get; init; }
    public string? Tooltip { get; init; }
}
