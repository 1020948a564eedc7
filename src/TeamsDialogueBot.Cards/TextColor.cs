using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>TextBlock <c>color</c>.</summary>
public enum TextColor
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("dark")]
    Dark,
    [JsonStringEnumMemberName("light")]
    Light,
    [JsonStringEnumMemberName("accent")]
    Accent,
    [JsonStringEnumMemberName("good")]
    Good,
    [JsonStringEnumMemberName("warning")]
    Warning,
    [JsonStringEnumMemberName("attention")]
    Attention,
}
