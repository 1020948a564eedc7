namespace TeamsDialogueBot.TestSupport;

/// <summary>A request the fake Microsoft Graph received, and the status it answered.</summary>
public sealed record GraphRequest(string Method, string Path, string Accept, string? Authorization, DateTimeOffset At, int Status);
