using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Chairs;

/// <summary>
/// A co-chair is listed in Dialogue:CoChairs (AAD object id or UPN), or is Organizer or Presenter of the
/// meeting per Teams' meeting participant API. An answer is asked again after a minute (roles can change during a
/// meeting), while the caller is answered from the one known; a first lookup Teams doesn't answer within 2 s falls
/// back to the chairs confirmed earlier in the chat.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-participant-api</remarks>
public sealed partial class ChairResolver(
    IOptions<DialogueOptions> options,
    IConnectorClient connector,
    IParticipantProfileStore profiles,
    ConversationCache cache,
    TimeProvider time,
    ILogger<ChairResolver> logger) : IChairResolver
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromMinutes(1);

    // A chair's turn must not wait long on Teams: past this, the chairs remembered in the database answer.
    private static readonly TimeSpan LookupTimeout = TimeSpan.FromSeconds(2);

    public async Task<bool> IsChairAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var chairs = options.Value.CoChairs;
        if (chairs.Count == 0 && options.Value.EveryoneIsChairWhenUnconfigured && turn.Reference.MeetingId is null)
        {
            return true;
        }

        var aad = turn.UserAadObjectId;
        if (!string.IsNullOrEmpty(aad) && chairs.Any(c => string.Equals(c.Trim(), aad, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var known = cache.Area(turn.ConversationId, "chairs", () => new ConcurrentDictionary<string, Answer>(StringComparer.Ordinal));
        var now = time.GetUtcNow();
        if (known.TryGetValue(turn.UserKey, out var cached))
        {
            if (now - cached.At > FreshFor)
            {
                // Roles can change during a meeting: asked again, but the caller is answered from what was known.
                _ = RefreshAsync(turn, chairs, known).ContinueWith(
                    static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }

            return cached.IsChair;
        }

        return await RefreshAsync(turn, chairs, known).WaitAsync(cancellationToken);
    }

    private async Task<bool> RefreshAsync(Turn turn, IList<string> chairs, ConcurrentDictionary<string, Answer> known)
    {
        bool isChair;
        try
        {
            using var timeout = new CancellationTokenSource(LookupTimeout, time);
            isChair = await IsListedByUpnAsync(turn, chairs, timeout.Token) || await IsMeetingLeadAsync(turn, timeout.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException)
        {
            LogLookupSlow(logger, LookupTimeout.TotalSeconds);
            isChair = turn.UserId.Length > 0
                && (await profiles.FindChairsAsync(turn.ConversationId, CancellationToken.None)).Contains(turn.UserId, StringComparer.Ordinal);
        }

        known[turn.UserKey] = new Answer(isChair, time.GetUtcNow());
        return isChair;
    }

    private sealed record Answer(bool IsChair, DateTimeOffset At);

    private async Task<bool> IsListedByUpnAsync(Turn turn, IList<string> chairs, CancellationToken cancellationToken)
    {
        var upns = chairs.Where(c => c.Contains('@', StringComparison.Ordinal)).Select(c => c.Trim()).ToList();
        if (upns.Count == 0 || string.IsNullOrEmpty(turn.UserId))
        {
            return false;
        }

        try
        {
            var member = await connector.GetMemberAsync(turn.Reference.ServiceUrl, turn.ConversationId, turn.UserId, cancellationToken);
            var upn = ReadString(member?.Extra, "userPrincipalName") ?? ReadString(member?.Extra, "email");
            return upn is not null && upns.Contains(upn, StringComparer.OrdinalIgnoreCase);
        }
        catch (ConnectorException e)
        {
            LogLookupFailed(logger, "member", (int)e.StatusCode);
            return false;
        }
    }

    private async Task<bool> IsMeetingLeadAsync(Turn turn, CancellationToken cancellationToken)
    {
        var meeting = turn.Reference.MeetingId;
        var tenant = turn.Reference.TenantId;
        var aad = turn.UserAadObjectId;
        if (meeting is null || tenant is null || string.IsNullOrEmpty(aad))
        {
            return false;
        }

        try
        {
            var participant = await connector.GetMeetingParticipantAsync(turn.Reference.ServiceUrl, meeting, aad, tenant, cancellationToken);
            return participant?.Role is { } role
                && (role.Equals("Organizer", StringComparison.OrdinalIgnoreCase) || role.Equals("Presenter", StringComparison.OrdinalIgnoreCase));
        }
        catch (ConnectorException e)
        {
            LogLookupFailed(logger, "meeting participant", (int)e.StatusCode);
            return false;
        }
    }

    private static string? ReadString(IDictionary<string, JsonElement>? extra, string name) =>
        extra is not null && extra.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chair check: Teams did not answer within {Seconds} s; the chairs confirmed earlier in this chat decide.")]
    private static partial void LogLookupSlow(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chair check: the {Lookup} lookup failed with HTTP {Status}; treating the caller as a participant.")]
    private static partial void LogLookupFailed(ILogger logger, string lookup, int status);
}
