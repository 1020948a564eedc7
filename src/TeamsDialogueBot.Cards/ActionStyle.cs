using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Action <c>style</c>: positive and destructive buttons are coloured by the host.</summary>
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("positive")]
    Positive,
    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
