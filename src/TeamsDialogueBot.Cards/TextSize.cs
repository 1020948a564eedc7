using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>TextBlock <c>size</c>.</summary>
public enum TextSize
{
    [JsonStringEnumMemberName("small")]
    Small,
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("medium")]
    Medium,
    [JsonStringEnumMemberName("large")]
    Large,
    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
