using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Chart.HorizontalBar <c>displayMode</c> (Teams chart extension).</summary>
public enum ChartDisplayMode
{
    [JsonStringEnumMemberName("AbsoluteWithAxis")]
    AbsoluteWithAxis,
    [JsonStringEnumMemberName("AbsoluteNoAxis")]
    AbsoluteNoAxis,
    [JsonStringEnumMemberName("PartToWhole")]
    PartToWhole,
}
