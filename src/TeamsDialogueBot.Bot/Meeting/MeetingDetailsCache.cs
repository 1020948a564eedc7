using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Protocol.Connector;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Teams' meeting details (GET v1/meetings/{meetingId}), read before a meeting event's turn queues and kept a while per
/// meeting: a burst of 300 join events asks once. The event handlers copy them onto the dialogue (see
/// <see cref="Dialogue.CacheMeetingDetails"/>). A 403/404 is remembered as "none"; a failure is not remembered, and
/// whatever it was (an HTTP error, no answer at all, Teams taking longer than the client's timeout) the meeting runs
/// without details rather than its event failing.
/// </summary>
public sealed partial class MeetingDetailsCache(IConnectorClient connector, TimeProvider time, ILogger<MeetingDetailsCache> logger) : ITurnPreparer
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(30);
    private const int MaxMeetings = 10_000;
    private readonly ConcurrentDictionary<string, (Task<MeetingDetails?> Details, DateTimeOffset At)> _meetings = new(StringComparer.Ordinal);

    public async Task PrepareAsync(Turn turn, TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var name = turn.Activity.Name;
        if (turn.Activity.Type != Protocol.Activities.ActivityTypes.Event
            || name is not (MeetingEvents.Start or MeetingEvents.End or MeetingEvents.ParticipantJoin or MeetingEvents.ParticipantLeave))
        {
            return;
        }

        // A start may follow a rescheduling: read afresh. The others take what is known.
        await GetAsync(turn.Reference, refresh: name == MeetingEvents.Start, cancellationToken);
    }

    /// <summary>The details read for the meeting, if a read has finished; never waits (for handlers).</summary>
    public MeetingDetails? Peek(string? meetingId) =>
        meetingId is not null && _meetings.TryGetValue(meetingId, out var entry) && entry.Details.IsCompletedSuccessfully ? entry.Details.Result : null;

    public async Task<MeetingDetails?> GetAsync(ConversationReference reference, bool refresh, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.MeetingId is not { Length: > 0 } meetingId || reference.ServiceUrl.Length == 0)
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (refresh || !_meetings.TryGetValue(meetingId, out var entry) || now - entry.At > KeepFor || entry.Details.IsFaulted || entry.Details.IsCanceled)
        {
            if (_meetings.Count > MaxMeetings)
            {
                _meetings.Clear();
            }

            entry = (ReadAsync(reference.ServiceUrl, meetingId), now);
            _meetings[meetingId] = entry;
        }

        try
        {
            return await entry.Details.WaitAsync(cancellationToken);
        }
        // A timeout of the Connector's HttpClient ends the read cancelled, not faulted; only the caller's own
        // cancellation is passed on.
        catch (Exception e) when (e is ConnectorException or HttpRequestException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            if (logger.IsEnabled(LogLevel.Warning))
            {
                var meeting = LogText.Safe(meetingId);
                LogReadFailed(logger, e is ConnectorException connector ? ((int)connector.StatusCode).ToString(CultureInfo.InvariantCulture) : e.GetType().Name, meeting);
            }

            return null;
        }
    }

    private async Task<MeetingDetails?> ReadAsync(string serviceUrl, string meetingId)
    {
        var info = await connector.GetMeetingInfoAsync(serviceUrl, meetingId, CancellationToken.None);
        return info is null ? null : new MeetingDetails(info.ScheduledStartTime, info.ScheduledEndTime, info.OrganizerId, info.OrganizerAadObjectId, info.MsGraphResourceId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meeting details of {MeetingId} could not be read ({Failure}); the meeting runs without them")]
    private static partial void LogReadFailed(ILogger logger, string failure, string meetingId);
}
