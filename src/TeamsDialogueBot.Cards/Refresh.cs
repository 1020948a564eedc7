using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>
/// Card <c>refresh</c>: the listed users' clients invoke <see cref="Action"/> automatically and
/// show the card the bot answers with (user-specific views). Teams honours at most 60 user ids.
/// </summary>
public sealed record Refresh(ExecuteAction Action)
{
    // Declared as the base type for serialization so the "type": "Action.Execute" discriminator is written.
    [JsonInclude]
    [JsonPropertyName("action")]
    internal CardAction SerializedAction => Action;

    [JsonIgnore]
    public ExecuteAction Action { get; init; } = Action;

    /// <summary>Teams MRIs ("29:…"); null = everyone in chats of up to 60 members.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
}
