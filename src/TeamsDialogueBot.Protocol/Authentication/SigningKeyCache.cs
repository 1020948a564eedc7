using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// The Connector's signing keys from its OpenID metadata, fetched once, shared by all requests,
/// refreshed every 24 h and on demand when a token names a key we have not seen.
/// </summary>
/// <remarks>
/// Not ConfigurationManager&lt;T&gt;: since IdentityModel 8 its RequestRefresh (and its automatic
/// refresh) run in the background and hand back the old configuration meanwhile, so "refresh on
/// an unknown kid, then retry" would retry against the old keys; it also reads the wall clock,
/// not the injected TimeProvider. We keep its retriever and its parsing.
/// </remarks>
internal sealed partial class SigningKeyCache
{
    /// <summary>Bot Framework asks bots to refresh the keys at least daily.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);

    /// <summary>A token naming a made-up kid must not become one metadata fetch per request.</summary>
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch, how long requests fail fast (or keep the stale keys) before trying again.</summary>
    public static readonly TimeSpan FailureBackoff = TimeSpan.FromSeconds(30);

    private readonly string metadataUrl;
    private readonly IDocumentRetriever retriever;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Lock sync = new();
    private SigningKeySnapshot? current;
    private Task<SigningKeySnapshot?>? inFlight;
    private DateTimeOffset nextFetchAt = DateTimeOffset.MinValue;
    private DateTimeOffset lastAttemptAt = DateTimeOffset.MinValue;

    // current and nextFetchAt as one immutable pair, so TryGetFresh can read them without the lock.
    private volatile FreshKeys? published;

    public SigningKeyCache(string metadataUrl, IDocumentRetriever retriever, TimeProvider time, ILogger logger)
    {
        this.metadataUrl = metadataUrl;
        this.retriever = retriever;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The cached keys, fetching them first when there are none or they are due; null when unavailable.</summary>
    public Task<SigningKeySnapshot?> GetAsync(CancellationToken cancellationToken)
    {
        lock (sync)
        {
            if (time.GetUtcNow() < nextFetchAt)
            {
                return Task.FromResult(current);
            }

            return JoinFetch(cancellationToken);
        }
    }

    /// <summary>
    /// The cached keys when no fetch is due, without the lock or a Task: every request with a cached
    /// token asks. False means call <see cref="GetAsync"/>.
    /// </summary>
    public bool TryGetFresh([NotNullWhen(true)] out SigningKeySnapshot? snapshot)
    {
        var seen = published;
        snapshot = seen?.Snapshot;
        return snapshot is not null && time.GetUtcNow() < seen!.DueAt;
    }

    /// <summary>
    /// Fetches again because <paramref name="seen"/> lacks a key a token asked for — unless
    /// someone already replaced it or it is younger than <see cref="MinimumRefreshInterval"/>.
    /// </summary>
    public Task<SigningKeySnapshot?> RefreshAsync(SigningKeySnapshot seen, CancellationToken cancellationToken)
    {
        lock (sync)
        {
            if (inFlight is null && !ReferenceEquals(current, seen))
            {
                return Task.FromResult(current);
            }

            if (inFlight is null && time.GetUtcNow() < lastAttemptAt + MinimumRefreshInterval)
            {
                return Task.FromResult(current);
            }

            return JoinFetch(cancellationToken);
        }
    }

    private Task<SigningKeySnapshot?> JoinFetch(CancellationToken cancellationToken)
    {
        inFlight ??= FetchAsync();
        return inFlight.WaitAsync(cancellationToken);
    }

    private async Task<SigningKeySnapshot?> FetchAsync()
    {
        // Leave the lock held by JoinFetch before doing any work, so inFlight is set before it is cleared.
        await Task.Yield();
        var startedAt = time.GetUtcNow();
        SigningKeySnapshot? fetched = null;
        try
        {
            // Not the caller's token: the fetch is shared, and one caller giving up must not fail the others.
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, retriever, CancellationToken.None);
            fetched = SigningKeySnapshot.From(configuration, time.GetUtcNow());
            LogKeysFetched(logger, fetched.KeysById.Count);
        }
        // Whatever the failure: one that escaped here would leave inFlight set to a faulted task, and every later
        // request would fail authentication with it until a restart.
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFetchFailed(logger, metadataUrl, current is not null, ex);
        }

        lock (sync)
        {
            lastAttemptAt = startedAt;
            if (fetched is not null)
            {
                current = fetched;
                nextFetchAt = fetched.FetchedAt + AutomaticRefreshInterval;
            }
            else
            {
                // Stale keys are better than none while the metadata endpoint is down.
                nextFetchAt = startedAt + FailureBackoff;
            }

            published = new FreshKeys(current, nextFetchAt);
            inFlight = null;
            return current;
        }
    }

    private sealed record FreshKeys(SigningKeySnapshot? Snapshot, DateTimeOffset DueAt);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fetched {KeyCount} Bot Connector signing keys")]
    private static partial void LogKeysFetched(ILogger logger, int keyCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Could not fetch Bot Connector signing keys from {MetadataUrl} (keeping older keys: {KeepingStale})")]
    private static partial void LogFetchFailed(ILogger logger, string metadataUrl, bool keepingStale, Exception exception);
}
