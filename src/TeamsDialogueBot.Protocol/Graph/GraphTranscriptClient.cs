using System.Collections.Concurrent;
using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace TeamsDialogueBot.Protocol.Graph;

/// <summary>
/// <see cref="ITranscriptClient"/> over the Microsoft Graph SDK (GraphServiceClient). The SDK's own pipeline retries
/// 429, 503 and 504 after the Retry-After Graph sends (Kiota's RetryHandler, configured from <see cref="GraphOptions"/>);
/// what still fails after that is a <see cref="TranscriptAccessException"/> with the status. One client per tenant,
/// all on one pooled HttpClient; in anonymous local mode requests carry no token, as Connector calls do.
/// </summary>
public sealed class GraphTranscriptClient : ITranscriptClient, IDisposable
{
    private const string VttMediaType = "text/vtt";
    private readonly BotFrameworkOptions _bot;
    private readonly GraphOptions _options;
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, GraphServiceClient> _clients = new(StringComparer.Ordinal);

    public GraphTranscriptClient(BotFrameworkOptions bot, GraphOptions options, HttpMessageHandler? finalHandler = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(options);
        _bot = bot;
        _options = options;
        var handlers = GraphClientFactory.CreateDefaultHandlers().ToList();
        var retry = handlers.FindIndex(h => h is RetryHandler);
        var retryOption = new RetryHandlerOption { MaxRetry = options.MaxRetries, Delay = options.RetryDelaySeconds };
        if (retry >= 0)
        {
            handlers[retry].Dispose();
            handlers[retry] = new RetryHandler(retryOption);
        }

        _http = GraphClientFactory.Create(
            handlers,
            finalHandler: finalHandler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
        _http.Timeout = TimeSpan.FromMinutes(2);
    }

    public async Task<IReadOnlyList<TranscriptInfo>> ListAsync(string tenantId, string organizerAadObjectId, string onlineMeetingId, CancellationToken cancellationToken)
    {
        var transcripts = Client(tenantId).Users[organizerAadObjectId].OnlineMeetings[onlineMeetingId].Transcripts;
        var found = new List<TranscriptInfo>();
        var page = await CallAsync(() => transcripts.GetAsync(cancellationToken: cancellationToken));

        // Pages follow @odata.nextLink; a meeting has a transcript per time transcription was started.
        while (page is not null)
        {
            found.AddRange((page.Value ?? []).Where(t => t.Id is not null).Select(Info));
            if (page.OdataNextLink is not { Length: > 0 } next || found.Count > 1_000)
            {
                break;
            }

            page = await CallAsync(() => transcripts.WithUrl(next).GetAsync(cancellationToken: cancellationToken));
        }

        return [.. found.OrderBy(t => t.CreatedAt)];
    }

    public async Task<Stream> OpenContentAsync(string tenantId, string organizerAadObjectId, string onlineMeetingId, string transcriptId, CancellationToken cancellationToken)
    {
        var content = Client(tenantId).Users[organizerAadObjectId].OnlineMeetings[onlineMeetingId].Transcripts[transcriptId].Content;

        // WebVTT is the content's default format; asking for it names it (and keeps speaker attribution, <v Name>).
        var stream = await CallAsync(() => content.GetAsync(r => r.Headers.Add("Accept", VttMediaType), cancellationToken));
        return stream ?? throw new TranscriptAccessException((int)HttpStatusCode.NoContent, "Graph returned no transcript content.", null);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _http.Dispose();
    }

    private GraphServiceClient Client(string tenantId) => _clients.GetOrAdd(tenantId, tenant =>
    {
        IAuthenticationProvider authentication = _bot.IsAnonymous
            ? new AnonymousAuthenticationProvider()
            : new BaseBearerTokenAuthenticationProvider(new GraphTokenProvider(_bot, _options, TenantFor(tenant)));
        return new GraphServiceClient(_http, authentication, _options.BaseUrl.TrimEnd('/'));
    });

    // A single-tenant bot only has tokens in its own tenant; a multi-tenant one asks the meeting's.
    private string TenantFor(string meetingTenant) =>
        string.Equals(_bot.MicrosoftAppType?.Trim(), "MultiTenant", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(_bot.MicrosoftAppTenantId)
            ? meetingTenant
            : _bot.MicrosoftAppTenantId!;

    private static TranscriptInfo Info(CallTranscript transcript) =>
        new(transcript.Id!, transcript.CreatedDateTime ?? DateTimeOffset.MinValue, transcript.EndDateTime);

    private static async Task<T?> CallAsync<T>(Func<Task<T?>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException e)
        {
            throw new TranscriptAccessException(e.ResponseStatusCode, $"Microsoft Graph answered {e.ResponseStatusCode}.", e);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ApiException>().LastOrDefault() is { } last)
        {
            // Kiota's retry handler gives up with every attempt's failure: the last one says how it stands.
            throw new TranscriptAccessException(last.ResponseStatusCode, $"Microsoft Graph answered {last.ResponseStatusCode} after {e.InnerExceptions.Count} attempts.", e);
        }
        catch (HttpRequestException e)
        {
            throw new TranscriptAccessException((int)(e.StatusCode ?? 0), "Microsoft Graph could not be reached.", e);
        }
    }
}
