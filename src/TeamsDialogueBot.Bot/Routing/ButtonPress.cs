using System.Globalization;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>
/// A button press on one of our cards: an Action.Execute invoke, or the Action.Submit fallback of older clients (a
/// message whose value carries the same data). <see cref="Inputs"/> is the action's data merged with the card's inputs,
/// every value as text; features read it through their own typed data records (e.g. QueueActionData).
/// </summary>
/// <param name="CardActivityId">The activity id of the card pressed (invoke replyToId), when known.</param>
public sealed record ButtonPress(string Verb, IReadOnlyDictionary<string, string?> Inputs, bool IsInvoke, string? CardActivityId)
{
    public string? Get(string key) => Inputs.TryGetValue(key, out var value) ? value : null;

    /// <summary>A whole number in the data, or null when missing or not one.</summary>
    public int? GetInt(string key) =>
        int.TryParse(Get(key), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;
}
