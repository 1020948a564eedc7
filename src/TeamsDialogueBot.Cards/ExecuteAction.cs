namespace TeamsDialogueBot.Cards;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke
/// with <see cref="Verb"/> and <see cref="Data"/>, and the bot may answer with a new card.
/// </summary>
public sealed record ExecuteAction(string Verb) : CardAction
{
    public IReadOnlyDictionary<string, string>? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}
