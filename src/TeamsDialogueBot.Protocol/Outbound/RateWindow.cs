namespace TeamsDialogueBot.Protocol.Outbound;

/// <summary>At most <see cref="Count"/> operations in any span of length <see cref="Span"/>.</summary>
public readonly record struct RateWindow(int Count, TimeSpan Span);
