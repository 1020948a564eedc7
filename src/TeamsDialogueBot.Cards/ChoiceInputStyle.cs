using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Input.ChoiceSet <c>style</c>; <c>filtered</c> is 1.5 (a type-ahead list).</summary>
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")]
    Compact,
    [JsonStringEnumMemberName("expanded")]
    Expanded,
    [JsonStringEnumMemberName("filtered")]
    Filtered,
}
