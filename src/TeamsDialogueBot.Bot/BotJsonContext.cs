using System.Text.Json.Serialization;
using TeamsDialogueBot.Bot.Outbox;

namespace TeamsDialogueBot.Bot;

/// <summary>The Bot layer's own JSON (outbox payloads, card action data), source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OutboxPayload))]
public sealed partial class BotJsonContext : JsonSerializerContext;
