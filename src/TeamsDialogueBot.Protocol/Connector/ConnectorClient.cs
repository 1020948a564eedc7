using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST client. The base address is the conversation's serviceUrl with its path
/// prefix kept (e.g. https://smba.trafficmanager.net/emea/{tenant}/); every id is one escaped path
/// segment because Teams ids contain ':', '@', ';' and '='.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    /// <summary>The named HttpClient the host configures with <see cref="BotTokenHandler"/> on a pooled handler.</summary>
    public const string HttpClientName = "BotConnector";

    private readonly Func<HttpClient> _http;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly TimeProvider _time;

    /// <summary>
    /// A client that takes a fresh HttpClient from the factory for every call, so a singleton holding it never
    /// pins one handler (and its DNS answers) for the life of the process.
    /// </summary>
    public ConnectorClient(IHttpClientFactory httpFactory, ILogger<ConnectorClient> logger, TimeProvider? time = null)
        : this(NamedClient(httpFactory), logger, time)
    {
    }

    /// <summary>
    /// A client over one HttpClient whose pipeline the caller built; the token is attached only if that pipeline
    /// has a <see cref="BotTokenHandler"/>.
    /// </summary>
    public ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger, TimeProvider? time = null)
        : this(SameClient(http), logger, time)
    {
    }

    private ConnectorClient(Func<HttpClient> http, ILogger<ConnectorClient> logger, TimeProvider? time)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _logger = logger;
        _time = time ?? TimeProvider.System;
    }

    public Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostActivityAsync(serviceUrl, BuildUri(serviceUrl, null, "v3", "conversations", conversationId, "activities"), activity, cancellationToken);

    public Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostActivityAsync(serviceUrl, BuildUri(serviceUrl, null, "v3", "conversations", conversationId, "activities", replyToId), activity, cancellationToken);

    public async Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var uri = BuildUri(serviceUrl, null, "v3", "conversations", conversationId, "activities", activityId);
        using var response = await SendRequestAsync(serviceUrl, HttpMethod.Put, uri, ActivityContent(activity), [], cancellationToken);
    }

    public async Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var uri = BuildUri(serviceUrl, null, "v3", "conversations", conversationId, "members", userId);
        using var response = await SendRequestAsync(serviceUrl, HttpMethod.Get, uri, null, [HttpStatusCode.NotFound], cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return body.Length == 0 ? null : JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ChannelAccount);
    }

    public async Task<string> CreatePersonalConversationAsync(string serviceUrl, string tenantId, ChannelAccount bot, ChannelAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Shape from the Teams proactive-messaging docs: the tenant goes both top-level and in channelData.
        var body = new JsonObject
        {
            ["bot"] = JsonSerializer.SerializeToNode(bot, ProtocolJsonContext.Default.ChannelAccount),
            ["members"] = new JsonArray(new JsonObject { ["id"] = user.Id }),
            ["isGroup"] = false,
            ["tenantId"] = tenantId,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        };
        var content = new StringContent(body.ToJsonString(ProtocolJson.Options), Encoding.UTF8, "application/json");
        var uri = BuildUri(serviceUrl, null, "v3", "conversations");
        using var response = await SendRequestAsync(serviceUrl, HttpMethod.Post, uri, content, [], cancellationToken);
        var resource = await ReadResourceAsync(response, cancellationToken);
        return resource.Id ?? throw new ConnectorException("The Connector created a conversation but returned no id.", response.StatusCode, null, CorrelationIdOf(response));
    }

    public async Task<MeetingParticipant?> GetMeetingParticipantAsync(string serviceUrl, string meetingId, string participantAadId, string tenantId, CancellationToken cancellationToken)
    {
        var query = "tenantId=" + Uri.EscapeDataString(tenantId);
        var uri = BuildUri(serviceUrl, query, "v1", "meetings", meetingId, "participants", participantAadId);
        using var response = await SendRequestAsync(serviceUrl, HttpMethod.Get, uri, null, [HttpStatusCode.NotFound, HttpStatusCode.Forbidden], cancellationToken);
        // 404: the meeting expired; 403: the bot is not part of the meeting.
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return MeetingParticipantParser.Parse(body);
    }

    public async Task<MeetingInfo?> GetMeetingInfoAsync(string serviceUrl, string meetingId, CancellationToken cancellationToken)
    {
        var uri = BuildUri(serviceUrl, null, "v1", "meetings", meetingId);
        using var response = await SendRequestAsync(serviceUrl, HttpMethod.Get, uri, null, [HttpStatusCode.NotFound, HttpStatusCode.Forbidden], cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            return null;
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return MeetingInfoParser.Parse(body);
    }

    private static Func<HttpClient> NamedClient(IHttpClientFactory httpFactory)
    {
        ArgumentNullException.ThrowIfNull(httpFactory);
        return () => httpFactory.CreateClient(HttpClientName);
    }

    private static Func<HttpClient> SameClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return () => http;
    }

    internal static Uri BuildUri(string serviceUrl, string? query, params string[] segments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        var builder = new StringBuilder(serviceUrl.Trim());
        if (builder[^1] != '/')
        {
            builder.Append('/');
        }

        builder.AppendJoin('/', segments.Select(Uri.EscapeDataString));
        if (query is not null)
        {
            builder.Append('?').Append(query);
        }

        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    private async Task<ResourceResponse> PostActivityAsync(string serviceUrl, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await SendRequestAsync(serviceUrl, HttpMethod.Post, uri, ActivityContent(activity), [], cancellationToken);
        return await ReadResourceAsync(response, cancellationToken);
    }

    private static ByteArrayContent ActivityContent(Activity activity)
    {
        var content = new ByteArrayContent(ProtocolJson.Serialize(activity));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static async Task<ResourceResponse> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return body.Length == 0
            ? new ResourceResponse()
            : JsonSerializer.Deserialize(body, ProtocolJsonContext.Default.ResourceResponse) ?? new ResourceResponse();
    }

    private async Task<HttpResponseMessage> SendRequestAsync(string serviceUrl, HttpMethod method, Uri uri, HttpContent? content, HttpStatusCode[] tolerated, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        // The token is the pipeline's business (BotTokenHandler); it needs to know which serviceUrl this call is for.
        request.Options.Set(BotTokenHandler.ServiceUrlOption, serviceUrl);
        var response = await _http().SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            if (_logger.IsEnabled(LogLevel.Debug))
            {
                var path = LogText.Safe(uri.AbsolutePath, 300);
                var operationId = LogText.Safe(CorrelationIdOf(response));
                LogSucceeded(_logger, method.Method, path, (int)response.StatusCode, operationId);
            }

            return response;
        }

        if (tolerated.Contains(response.StatusCode))
        {
            return response;
        }

        using (response)
        {
            var correlationId = CorrelationIdOf(response);
            var retryAfter = RetryAfterOf(response);
            var status = (int)response.StatusCode;
            LogFailed(_logger, method.Method, LogText.Safe(uri.AbsolutePath, 300), status, LogText.Safe(correlationId));
            throw new ConnectorException(
                string.Create(CultureInfo.InvariantCulture, $"{method.Method} {LogText.Safe(uri.AbsolutePath, 300)} answered {status} (correlation id {LogText.Safe(correlationId ?? "none")})."),
                response.StatusCode,
                retryAfter,
                correlationId);
        }
    }

    private static string? CorrelationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;

    private TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            // Measure against the server's own Date when it sent one, so clock skew does not matter.
            var now = response.Headers.Date ?? _time.GetUtcNow();
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} {Path} failed with {Status}, X-Correlating-OperationId {CorrelationId}")]
    private static partial void LogFailed(ILogger logger, string method, string path, int status, string? correlationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Method} {Path} answered {Status}, X-Correlating-OperationId {CorrelationId}")]
    private static partial void LogSucceeded(ILogger logger, string method, string path, int status, string? correlationId);
}
