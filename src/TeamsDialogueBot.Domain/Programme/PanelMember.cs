namespace TeamsDialogueBot.Domain.Programme;

/// <summary>A panel's moderator or panellist as the programme names them; never translated.</summary>
public sealed record PanelMember(string Name, string? Organisation);
