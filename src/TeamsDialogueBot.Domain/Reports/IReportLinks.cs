namespace TeamsDialogueBot.Domain.Reports;

/// <summary>
/// Reads report links. They are added and revoked through <see cref="Changes.IChangeCommitter"/>
/// (<see cref="Changes.StagedWrite.AddReportLink"/>, <see cref="Changes.StagedWrite.RevokeReportLinks"/>), so `report`
/// and `report revoke` are applied exactly once like every turn; retention deletes them with the dialogue.
/// </summary>
public interface IReportLinks
{
    /// <summary>
    /// The report a token hash opens at <paramref name="now"/>; null for an unknown, expired or revoked link alike,
    /// decided by one query so the three cannot be told apart.
    /// </summary>
    Task<StoredReport?> FindLiveAsync(string tokenHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every link of the conversation, live or not, oldest first (without the reports).</summary>
    Task<IReadOnlyList<ReportLink>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
