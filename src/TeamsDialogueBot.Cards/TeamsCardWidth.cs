using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Teams-only <c>msteams.width</c>: Full lets the card use the whole chat width.</summary>
public enum TeamsCardWidth
{
    [JsonStringEnumMemberName("Full")]
    Full,
}
