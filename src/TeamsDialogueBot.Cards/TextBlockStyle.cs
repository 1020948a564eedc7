using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>TextBlock <c>style</c> (1.5): a heading is announced as such by screen readers.</summary>
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,
    [JsonStringEnumMemberName("heading")]
    Heading,
}
