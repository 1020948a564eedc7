namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>Where a conversation lives: its serviceUrl (regional, keep the one it came with) and id.</summary>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId);
