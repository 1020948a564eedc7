using System.Globalization;
using System.Net;
using System.Text;
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
/// A fake Microsoft Graph on a real Kestrel socket (127.0.0.1, a free port) serving what the bot reads of a meeting:
/// GET /v1.0/users/{organizer}/onlineMeetings/{id}/transcripts (a list with createdDateTime) and
/// …/transcripts/{transcriptId}/content (WebVTT). Answers can be scripted to fail in turn (403, 404, 429 with
/// Retry-After, 503) before the real answer; every request is recorded with its time.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<(string Id, DateTimeOffset CreatedAt, Func<Stream> Content)> _transcripts = [];
    private readonly Queue<(int Status, TimeSpan? RetryAfter)> _script = new();
    private readonly List<GraphRequest> _requests = [];

    private FakeGraph(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary>E.g. "http://127.0.0.1:54321/v1.0", as Graph:BaseUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<GraphRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var graph = new FakeGraph(app);
        await app.StartAsync();
        graph.BaseUrl = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/v1.0";
        return graph;
    }

    public void AddTranscript(string id, DateTimeOffset createdAt, string vtt) => AddTranscript(id, createdAt, () => new MemoryStream(Encoding.UTF8.GetBytes(vtt)));

    public void AddTranscript(string id, DateTimeOffset createdAt, Func<Stream> content)
    {
        lock (_gate)
        {
            _transcripts.Add((id, createdAt, content));
        }
    }

    /// <summary>The next requests, whatever they are, answer these statuses in turn (with Retry-After when given).</summary>
    public void FailNext(params (int Status, TimeSpan? RetryAfter)[] answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        lock (_gate)
        {
            foreach (var answer in answers)
            {
                _script.Enqueue(answer);
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
        var path = context.Request.Path.Value ?? "";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        (int Status, TimeSpan? RetryAfter)? scripted = null;
        List<(string Id, DateTimeOffset CreatedAt, Func<Stream> Content)> transcripts;
        lock (_gate)
        {
            if (_script.Count > 0)
            {
                scripted = _script.Dequeue();
            }

            transcripts = [.. _transcripts];
            _requests.Add(new GraphRequest(
                context.Request.Method, path, context.Request.Headers.Accept.ToString(), context.Request.Headers.Authorization.FirstOrDefault(),
                DateTimeOffset.UtcNow, scripted?.Status ?? 200));
        }

        if (scripted is { } fail)
        {
            context.Response.StatusCode = fail.Status;
            if (fail.RetryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = "Scripted", ["message"] = "scripted failure" } }.ToJsonString());
            return;
        }

        switch (segments)
        {
            case ["v1.0", "users", _, "onlineMeetings", _, "transcripts"]:
                context.Response.ContentType = "application/json";
                var value = new JsonArray([.. transcripts.Select(t => (JsonNode)new JsonObject
                {
                    ["id"] = t.Id,
                    ["createdDateTime"] = t.CreatedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                })]);
                await context.Response.WriteAsync(new JsonObject { ["value"] = value }.ToJsonString());
                return;
            case ["v1.0", "users", _, "onlineMeetings", _, "transcripts", var id, "content"] when transcripts.Any(t => t.Id == id):
                context.Response.ContentType = "text/vtt";
                await using (var content = transcripts.First(t => t.Id == id).Content())
                {
                    await content.CopyToAsync(context.Response.Body);
                }

                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }
}
