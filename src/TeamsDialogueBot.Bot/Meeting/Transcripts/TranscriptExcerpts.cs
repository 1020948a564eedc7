using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Graph;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// For the report: the meeting's Teams transcripts (Microsoft Graph, WebVTT) cut by the speakers' list floor times, so
/// each intervention carries exactly the cues that started while it had the floor. Never throws into the report: no
/// meeting, no transcript, 403, 404, a throttled Graph (after the SDK's retries) or a broken file each give one line
/// saying why (<see cref="TranscriptCut.Status"/>). Call it outside a turn: it talks to Graph (and, when the dialogue
/// has no meeting details yet, to Teams).
/// </summary>
public sealed partial class TranscriptExcerpts(
    IDialogueStore dialogues,
    ITranscriptClient transcripts,
    MeetingDetailsCache details,
    IOptions<GraphOptions> options,
    ILogger<TranscriptExcerpts> logger)
{
    public async Task<TranscriptCut> ForDialogueAsync(string conversationId, IReadOnlyList<InterventionWindow> interventions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interventions);
        try
        {
            return await CutAsync(conversationId, interventions, cancellationToken);
        }
        catch (TranscriptAccessException e)
        {
            var (outcome, status) = TranscriptStatus.Of(e);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var conversation = LogText.Safe(conversationId);
                LogGraphRefused(logger, e.Status, conversation);
            }

            return TranscriptCut.Without(outcome, status, e.Status);
        }
#pragma warning disable CA1031 // The report must never fail because of the transcript.
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var conversation = LogText.Safe(conversationId);
                LogFailed(logger, e, conversation);
            }

            return TranscriptCut.Without(TranscriptOutcome.Failed, TranscriptStatus.Failed(0));
        }
    }

    private async Task<TranscriptCut> CutAsync(string conversationId, IReadOnlyList<InterventionWindow> interventions, CancellationToken cancellationToken)
    {
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        var facts = dialogue?.Meeting;
        var organizer = facts?.OrganizerAadObjectId;
        var meeting = facts?.GraphResourceId;
        if ((organizer is null || meeting is null) && dialogue is not null && await details.GetAsync(dialogue.Reference, refresh: false, cancellationToken) is { } read)
        {
            organizer ??= read.OrganizerAadObjectId;
            meeting ??= read.GraphResourceId;
        }

        if (dialogue is null || organizer is null || meeting is null)
        {
            return TranscriptCut.Without(TranscriptOutcome.NotAMeeting, TranscriptStatus.NotAMeeting);
        }

        var tenant = dialogue.Reference.TenantId ?? "";
        var list = await transcripts.ListAsync(tenant, organizer, meeting, cancellationToken);
        if (list.Count == 0)
        {
            return TranscriptCut.Without(TranscriptOutcome.NoTranscript, TranscriptStatus.NoTranscript);
        }

        var windows = interventions.OrderBy(w => w.StartedAt).ToList();
        var cues = windows.ToDictionary(w => w.Key, _ => new List<TranscriptCue>(), StringComparer.Ordinal);
        var maxChars = options.Value.MaxTranscriptMegabytes * 1024L * 1024L;
        var readable = 0;
        foreach (var transcript in list)
        {
            await using var content = await transcripts.OpenContentAsync(tenant, organizer, meeting, transcript.Id, cancellationToken);
            using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);

            // Cue times count from the transcript's creation: a cue belongs to the intervention during which it started.
            var document = await WebVtt.ReadAsync(reader, start => WindowOf(windows, transcript.CreatedAt + start) is not null, maxChars, cancellationToken);
            if (document.TooLarge)
            {
                return TranscriptCut.Without(TranscriptOutcome.TooLarge, TranscriptStatus.TooLarge(options.Value.MaxTranscriptMegabytes), options.Value.MaxTranscriptMegabytes);
            }

            if (!document.Readable)
            {
                continue;
            }

            readable++;
            foreach (var cue in document.Cues)
            {
                cues[WindowOf(windows, transcript.CreatedAt + cue.Start)!.Key].Add(cue);
            }
        }

        return readable == 0
            ? TranscriptCut.Without(TranscriptOutcome.Unreadable, TranscriptStatus.Unreadable)
            : new TranscriptCut(TranscriptOutcome.Available, null, cues.ToDictionary(c => c.Key, c => (IReadOnlyList<TranscriptCue>)[.. c.Value.OrderBy(q => q.Start)], StringComparer.Ordinal));
    }

    // Floor times are half-open [start, end): at an `ack` one intervention ends at the instant the next begins.
    private static InterventionWindow? WindowOf(List<InterventionWindow> windows, DateTimeOffset at)
    {
        InterventionWindow? found = null;
        foreach (var window in windows)
        {
            if (window.StartedAt > at)
            {
                break;
            }

            if (window.EndedAt is not { } end || at < end)
            {
                found = window;
            }
        }

        return found;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No transcript excerpts for {ConversationId}: Microsoft Graph answered {Status}")]
    private static partial void LogGraphRefused(ILogger logger, int status, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transcript excerpts for {ConversationId} failed; the report goes without them")]
    private static partial void LogFailed(ILogger logger, Exception exception, string conversationId);
}
