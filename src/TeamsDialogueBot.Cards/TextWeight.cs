using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>TextBlock <c>weight</c>.</summary>
public enum TextWeight
{
    [JsonStringEnumMemberName("lighter")]
    Lighter,
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
