using System.Text.Json.Serialization;

namespace TeamsDialogueBot.Cards;

/// <summary>Which inputs an Action.Execute/Action.Submit sends along (1.3+).</summary>
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")]
    Auto,
    [JsonStringEnumMemberName("none")]
    None,
}
