namespace TeamsDialogueBot.Cards;

/// <summary><c>Action.Submit</c>: Teams posts a message activity whose value is the data merged with the inputs.</summary>
public sealed record SubmitAction : CardAction
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}
