using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Image <c>size</c>.</summary>
public enum ImageSize
{
    [JsonStringEnumMemberName("auto")]
    Auto,
    [JsonStringEnumMemberName("stretch")]
    Stretch,
    [JsonStringEnumMemberName("small")]
    Small,
    [JsonStringEnumMemberName("medium")]
    Medium,
    [JsonStringEnumMemberName("large")]
    Large,
}
