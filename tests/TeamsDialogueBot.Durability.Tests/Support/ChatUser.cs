namespace TeamsDialogueBot.Durability.Tests.Support;

public sealed record ChatUser(string AadObjectId, string Name);
