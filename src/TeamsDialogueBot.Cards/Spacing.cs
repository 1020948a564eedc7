using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Space above an element.</summary>
public enum Spacing
{
    [JsonStringEnumMemberName("none")]
    None,
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
    [JsonStringEnumMemberName("padding")]
    Padding,
}
