using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Horizontal alignment of an element or its text.</summary>
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("left")]
    Left,
    [JsonStringEnumMemberName("center")]
    Center,
    [JsonStringEnumMemberName("right")]
    Right,
}
