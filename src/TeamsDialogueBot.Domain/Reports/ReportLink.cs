namespace TeamsDialogueBot.Domain.Reports;

/// <summary>
/// A download link to a report, as stored: never the token itself, only its SHA-256 (<see cref="TokenHash"/>), so the
/// table of links hands out no working link (the 1:1 message carrying it leaves the outbox with every sent message). <see cref="ItemIndex"/> is the agenda item the report covers, or
/// null for the whole session.
/// </summary>
public sealed record ReportLink(string TokenHash, string ConversationId, int? ItemIndex, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>When a chair's `report revoke` took it back; null while it stands.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    public bool IsSession => ItemIndex is null;

    /// <summary>Whether the link still opens its report at <paramref name="now"/>.</summary>
    public bool IsLive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
