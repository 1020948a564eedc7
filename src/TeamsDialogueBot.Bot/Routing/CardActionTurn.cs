using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>
/// A button press on one of our cards: an Action.Execute invoke, or the Action.Submit fallback of
/// older clients (a message whose value carries the same data).
/// </summary>
/// <param name="Data">The action's data merged with the card's inputs, every value as text.</param>
/// <param name="CardActivityId">The activity id of the card pressed (invoke replyToId), when known.</param>
public sealed record CardActionTurn(
    Turn Turn,
    string Verb,
    IReadOnlyDictionary<string, string?> Data,
    bool IsInvoke,
    string? CardActivityId)
{
    public string? Get(string key) => Data.TryGetValue(key, out var value) ? value : null;
}
