using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Container and Column <c>style</c>.</summary>
public enum ContainerStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("emphasis")]
    Emphasis,
    [JsonStringEnumMemberName("good")]
    Good,
    [JsonStringEnumMemberName("attention")]
    Attention,
    [JsonStringEnumMemberName("warning")]
    Warning,
    [JsonStringEnumMemberName("accent")]
    Accent,
}
