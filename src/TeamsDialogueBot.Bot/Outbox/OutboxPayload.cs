using System.Text.Json;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>What an outbox entry carries (storage keeps it as opaque JSON).</summary>
/// <param name="To">Where the conversation lives (the serviceUrl of the turn that decided the message).</param>
public sealed record OutboxPayload(ConversationReference To)
{
    /// <summary>The message as decided, in wire JSON (for messages and 1:1 messages).</summary>
    public JsonElement? Activity { get; init; }

    /// <summary>For a 1:1 message: the recipient's Teams MRI ("29:…") and name.</summary>
    public string? UserId { get; init; }

    public string? UserName { get; init; }

    /// <summary>The MRI of the co-chair to tell privately should this message never get through.</summary>
    public string? NotifyOnDrop { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, BotJsonContext.Default.OutboxPayload);

    public static OutboxPayload FromJson(string json) =>
        JsonSerializer.Deserialize(json, BotJsonContext.Default.OutboxPayload) ?? throw new InvalidDataException("An outbox entry has an empty payload.");
}
