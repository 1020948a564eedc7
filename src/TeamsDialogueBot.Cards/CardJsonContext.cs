using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardElement))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
