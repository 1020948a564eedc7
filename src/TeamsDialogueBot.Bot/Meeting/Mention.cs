namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>An @mention of a Teams user in a command: their MRI, display name, and the tag as it stands in the text.</summary>
public sealed record Mention(string Mri, string Name, string Tag);
