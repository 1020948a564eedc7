using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Chairs;

/// <summary>
/// A co-chair is listed in Dialogue:CoChairs (AAD object id or UPN), or is Organizer or Presenter of the
/// meeting per Teams' meeting participant API. Answers are cached one minute: roles can change during a
/// meeting, so never for long.
/// </summary>
/// <remarks>https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/meeting-apps-apis#get-participant-api</remarks>
public sealed partial class ChairResolver(
    IOptions<DialogueOptions> options,
    IConnectorClient connector,
    TimeProvider time,
    ILogger<ChairResolver> logger) : IChairResolver
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string Conversation, string User), (bool IsChair, DateTimeOffset Until)> _cache = new();

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

        var key = (turn.ConversationId, turn.UserKey);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(key, out var cached) && cached.Until > now)
        {
            return cached.IsChair;
        }

        var isChair = await IsListedByUpnAsync(turn, chairs, cancellationToken) || await IsMeetingLeadAsync(turn, cancellationToken);
        _cache[key] = (isChair, now + CacheFor);
        return isChair;
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chair check: the {Lookup} lookup failed with HTTP {Status}; treating the caller as a participant.")]
    private static partial void LogLookupFailed(ILogger logger, string lookup, int status);
}
