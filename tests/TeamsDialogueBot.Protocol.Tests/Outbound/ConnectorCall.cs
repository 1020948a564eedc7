namespace TeamsDialogueBot.Protocol.Tests.Outbound;

internal sealed record ConnectorCall(string Kind, string ConversationId, string? ActivityId, string? Text, DateTimeOffset At);
