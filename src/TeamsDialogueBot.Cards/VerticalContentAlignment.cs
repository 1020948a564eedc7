using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Vertical alignment of a container's content.</summary>
public enum VerticalContentAlignment
{
    [JsonStringEnumMemberName("top")]
    Top,
    [JsonStringEnumMemberName("center")]
    Center,
    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
