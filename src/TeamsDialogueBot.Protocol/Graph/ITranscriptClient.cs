namespace TeamsDialogueBot.Protocol.Graph;

/// <summary>
/// An online meeting's transcripts through Microsoft Graph: GET /users/{organizer}/onlineMeetings/{id}/transcripts and
/// …/transcripts/{transcriptId}/content as WebVTT. Failures throw <see cref="TranscriptAccessException"/>.
/// </summary>
/// <remarks>https://learn.microsoft.com/graph/api/onlinemeeting-list-transcripts, https://learn.microsoft.com/graph/api/calltranscript-get</remarks>
public interface ITranscriptClient
{
    Task<IReadOnlyList<TranscriptInfo>> ListAsync(string tenantId, string organizerAadObjectId, string onlineMeetingId, CancellationToken cancellationToken);

    /// <summary>The transcript's content as text/vtt; the caller disposes the stream.</summary>
    Task<Stream> OpenContentAsync(string tenantId, string organizerAadObjectId, string onlineMeetingId, string transcriptId, CancellationToken cancellationToken);
}
