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

    /// <summary>
    /// What a client that does not know this action uses instead (schema 1.2+), e.g. an Action.Submit
    /// under an Action.Execute for Teams clients without Universal Actions.
    /// </summary>
    public CardAction? Fallback { get; init; }
}
