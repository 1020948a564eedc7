namespace TeamsDialogueBot.Bench.Load;

/// <summary>One activity to post and what its answer must contain to count as handled (null: HTTP 2xx is enough).</summary>
public sealed record LoadRequest(byte[] Body, string? ExpectInResponse = null);
