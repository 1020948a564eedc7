using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TeamsDialogueBot.TestSupport;

/// <summary>
/// A fake Bot Connector on a real Kestrel socket (127.0.0.1, a free port) under the path prefix /emea/,
/// like Teams' regional service URLs. It answers the Connector routes the bot uses, records every request,
/// can throttle on demand, and can enforce Teams' per-conversation rate windows itself.
/// </summary>
public sealed class RecordingConnector : IAsyncDisposable
{
    private const string Prefix = "/emea/";

    private readonly WebApplication _app;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<(Func<RecordedRequest, bool> Predicate, TaskCompletionSource<RecordedRequest> Completion)> _waiters = [];
    private readonly Dictionary<string, string> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, JsonObject> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _meetings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonNode?> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DateTimeOffset>> _operations = new(StringComparer.Ordinal);
    private long _nextId = 1_700_000_000_000;
    private int _throttleNext;
    private TimeSpan _throttleRetryAfter;
    private int _throttled;
    private int _failNext;
    private int _failStatus;
    private Func<JsonNode?, bool>? _failMatching;
    private TaskCompletionSource? _stall;

    private RecordingConnector(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
        _app.Run(HandleAsync);
    }

    /// <summary>Teams' limits per bot per conversation, enforced when <see cref="EnforceRateLimits"/> is on.</summary>
    public static IReadOnlyList<(int Count, TimeSpan Span)> TeamsWindows { get; } =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    /// <summary>E.g. "http://127.0.0.1:54321/emea/".</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Answer 429 to a send/reply/update/delete that would exceed <see cref="TeamsWindows"/> in its conversation.</summary>
    public bool EnforceRateLimits { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Bodies of accepted sends and replies, in arrival order.</summary>
    public IReadOnlyList<JsonNode> Sent =>
        [.. Requests.Where(r => r.Route is "send" or "reply" && r.Status < 300 && r.Body is not null).Select(r => r.Body!)];

    /// <summary>Accepted updates (PUT), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Updates => [.. Requests.Where(r => r.Route == "update" && r.Status < 300)];

    /// <summary>Requests answered 429, whether asked for with <see cref="ThrottleNext"/> or from the rate windows.</summary>
    public int Throttled => Volatile.Read(ref _throttled);

    public static async Task<RecordingConnector> StartAsync(TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new RecordingConnector(app, time ?? TimeProvider.System);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + Prefix;
        return connector;
    }

    /// <summary>The next <paramref name="count"/> requests, whatever they are, answer 429 with this Retry-After.</summary>
    public void ThrottleNext(int count, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            _throttleNext = count;
            _throttleRetryAfter = retryAfter;
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> sends, replies and updates (those whose body <paramref name="matching"/>
    /// accepts, when given) answer <paramref name="status"/> (e.g. 500).
    /// </summary>
    public void FailNext(int count, HttpStatusCode status, Func<JsonNode?, bool>? matching = null)
    {
        lock (_gate)
        {
            _failNext = count;
            _failStatus = (int)status;
            _failMatching = matching;
        }
    }

    /// <summary>
    /// Holds every send, reply and update before answering it (a Connector that is down or very slow) until the
    /// returned handle is disposed; requests held are recorded when they are answered.
    /// </summary>
    public IDisposable Stall()
    {
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _stall = stall;
        }

        return new Release(() =>
        {
            lock (_gate)
            {
                _stall = null;
            }

            stall.TrySetResult();
        });
    }

    /// <summary>Requests waiting in <see cref="Stall"/> right now.</summary>
    public int Stalled => Volatile.Read(ref _stalled);

    private int _stalled;

    private sealed class Release(Action release) : IDisposable
    {
        public void Dispose() => release();
    }

    /// <summary>The meeting role reported for a participant's AAD object id; unknown participants get 404.</summary>
    public void SetMeetingRole(string aadObjectId, string role)
    {
        lock (_gate)
        {
            _roles[aadObjectId] = role;
        }
    }

    /// <summary>A conversation member GET members/{userId} answers with; unknown members get 404.</summary>
    public void SetMember(string userId, string name, string? aadObjectId = null)
    {
        lock (_gate)
        {
            _members[userId] = new JsonObject { ["id"] = userId, ["name"] = name, ["aadObjectId"] = aadObjectId };
        }
    }

    /// <summary>
    /// The meeting details GET v1/meetings/{meetingId} answers with, shaped like Teams' (details, conversation, organizer);
    /// unknown meetings get 404.
    /// </summary>
    public void SetMeetingInfo(string meetingId, DateTimeOffset scheduledStart, DateTimeOffset scheduledEnd, string organizerAadObjectId, string graphResourceId)
    {
        lock (_gate)
        {
            _meetings[meetingId] = new JsonObject
            {
                ["details"] = new JsonObject
                {
                    ["id"] = meetingId,
                    ["msGraphResourceId"] = graphResourceId,
                    ["scheduledStartTime"] = scheduledStart.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["scheduledEndTime"] = scheduledEnd.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["joinUrl"] = "https://teams.microsoft.com/l/meetup-join/x",
                    ["title"] = "Constructive Dialogue",
                    ["type"] = "Scheduled",
                },
                ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["id"] = "meeting chat" },
                ["organizer"] = new JsonObject
                {
                    ["id"] = "29:" + organizerAadObjectId,
                    ["aadObjectId"] = organizerAadObjectId,
                    ["objectId"] = organizerAadObjectId,
                    ["tenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                },
            };
        }
    }

    /// <summary>The card (first attachment's content) of the latest body sent or put for this activity id.</summary>
    public JsonNode? LastCardFor(string activityId)
    {
        lock (_gate)
        {
            return _latest.TryGetValue(activityId, out var body) ? body?["attachments"]?[0]?["content"]?.DeepClone() : null;
        }
    }

    /// <summary>The first request, already recorded or still to come, that matches; TimeoutException after <paramref name="timeout"/>.</summary>
    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> predicate, TimeSpan timeout) => WaitForAsync(predicate, timeout, after: 0);

    /// <summary>
    /// Like <see cref="WaitForAsync(Func{RecordedRequest, bool}, TimeSpan)"/>, among the requests from number
    /// <paramref name="after"/> on (e.g. <see cref="Requests"/>.Count taken before posting a command): the bot answers
    /// a turn before it sends what the turn decided.
    /// </summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> predicate, TimeSpan timeout, int after)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        TaskCompletionSource<RecordedRequest> completion;
        lock (_gate)
        {
            var found = _requests.Skip(after).FirstOrDefault(predicate);
            if (found is not null)
            {
                return found;
            }

            completion = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((predicate, completion));
        }

        try
        {
            return await completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Completion == completion);
                throw new TimeoutException($"No matching request within {timeout}; received {_requests.Count}: "
                    + string.Join(", ", _requests.Select(r => $"{r.Method} {r.Path} → {r.Status}")));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
        var rawPath = rawTarget.Split('?')[0];
        var segments = rawPath.StartsWith(Prefix, StringComparison.Ordinal)
            ? rawPath[Prefix.Length..].Split('/').Select(Uri.UnescapeDataString).ToArray()
            : [];
        var body = await ReadBodyAsync(context.Request);
        var method = context.Request.Method;
        var (route, conversationId, activityId) = Match(method, segments);
        Task? stalled;
        lock (_gate)
        {
            stalled = route is "send" or "reply" or "update" ? _stall?.Task : null;
        }

        if (stalled is not null)
        {
            Interlocked.Increment(ref _stalled);
            try
            {
                await stalled.WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Decrement(ref _stalled);
            }
        }

        int status;
        JsonNode? answer = null;
        TimeSpan? retryAfter = null;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_throttleNext > 0 || (route is "send" or "reply" or "update" or "delete" && !TryTakeSlot(conversationId!, now)))
            {
                if (_throttleNext > 0)
                {
                    _throttleNext--;
                    retryAfter = _throttleRetryAfter;
                }

                _throttled++;
                status = StatusCodes.Status429TooManyRequests;
            }
            else if (_failNext > 0 && route is "send" or "reply" or "update" && (_failMatching?.Invoke(body) ?? true))
            {
                _failNext--;
                status = _failStatus;
            }
            else
            {
                (status, answer, activityId) = Answer(route, segments, body, activityId);
            }

            Record(new RecordedRequest(method, "/" + string.Join('/', segments.Prepend(Prefix.Trim('/'))), rawTarget,
                context.Request.QueryString.Value ?? "", context.Request.Headers.Authorization.FirstOrDefault(), body, now,
                status, route, conversationId, activityId));
        }

        context.Response.StatusCode = status;
        context.Response.Headers["X-Correlating-OperationId"] = Guid.NewGuid().ToString();
        if (retryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)delay.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        if (answer is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(answer.ToJsonString());
        }
    }

    private static (string Route, string? ConversationId, string? ActivityId) Match(string method, string[] s) => (method, s) switch
    {
        ("POST", ["v3", "conversations"]) => ("create", null, null),
        ("POST", ["v3", "conversations", var c, "activities"]) => ("send", c, null),
        ("POST", ["v3", "conversations", var c, "activities", var a]) => ("reply", c, a),
        ("PUT", ["v3", "conversations", var c, "activities", var a]) => ("update", c, a),
        ("DELETE", ["v3", "conversations", var c, "activities", var a]) => ("delete", c, a),
        ("GET", ["v3", "conversations", var c, "members", _]) => ("member", c, null),
        ("GET", ["v1", "meetings", _, "participants", _]) => ("participant", null, null),
        ("GET", ["v1", "meetings", _]) => ("meeting", null, null),
        _ => ("unknown", null, null),
    };

    // Called under _gate.
    private (int Status, JsonNode? Answer, string? ActivityId) Answer(string route, string[] segments, JsonNode? body, string? activityId)
    {
        switch (route)
        {
            case "create":
                return (StatusCodes.Status201Created, new JsonObject { ["id"] = "a:" + NextId() }, null);
            case "send" or "reply":
                var id = NextId();
                _latest[id] = body;
                return (StatusCodes.Status201Created, new JsonObject { ["id"] = id }, id);
            case "update":
                _latest[activityId!] = body;
                return (StatusCodes.Status200OK, new JsonObject { ["id"] = activityId }, activityId);
            case "delete":
                _latest.Remove(activityId!);
                return (StatusCodes.Status200OK, null, activityId);
            case "member":
                return _members.TryGetValue(segments[4], out var member)
                    ? (StatusCodes.Status200OK, member.DeepClone(), null)
                    : (StatusCodes.Status404NotFound, null, null);
            case "meeting":
                return _meetings.TryGetValue(segments[2], out var meeting)
                    ? (StatusCodes.Status200OK, meeting.DeepClone(), null)
                    : (StatusCodes.Status404NotFound, null, null);
            case "participant":
                return _roles.TryGetValue(segments[4], out var role)
                    ? (StatusCodes.Status200OK, Participant(segments[4], role), null)
                    : (StatusCodes.Status404NotFound, null, null);
            default:
                return (StatusCodes.Status404NotFound, null, null);
        }
    }

    private static JsonObject Participant(string aadObjectId, string role) => new()
    {
        ["user"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["aadObjectId"] = aadObjectId, ["name"] = "User " + aadObjectId },
        ["meeting"] = new JsonObject { ["role"] = role, ["inMeeting"] = true },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat" },
    };

    // Called under _gate. Deliberately a naive count, independent of the bot's own RateWindows.
    private bool TryTakeSlot(string conversationId, DateTimeOffset now)
    {
        if (!_operations.TryGetValue(conversationId, out var times))
        {
            _operations[conversationId] = times = [];
        }

        if (EnforceRateLimits && TeamsWindows.Any(w => times.Count(t => now - t < w.Span) >= w.Count))
        {
            return false;
        }

        times.Add(now);
        return true;
    }

    private void Record(RecordedRequest request)
    {
        _requests.Add(request);
        foreach (var waiter in _waiters.Where(w => w.Predicate(request)).ToArray())
        {
            _waiters.Remove(waiter);
            waiter.Completion.TrySetResult(request);
        }
    }

    private string NextId() => (++_nextId).ToString(CultureInfo.InvariantCulture);

    private static async Task<JsonNode?> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
