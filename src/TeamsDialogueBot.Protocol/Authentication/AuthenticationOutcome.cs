using System.Security.Claims;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// The HTTP status an inbound request earns: 200 with the caller's identity, or 401/403/503 with a
/// reason that is safe to log (it never contains the token).
/// </summary>
public sealed class AuthenticationOutcome
{
    private readonly ClaimsIdentity? _identity;
    private readonly bool _copyOnRead;
    private ClaimsIdentity? _copy;

    private AuthenticationOutcome(int statusCode, string? failure, ClaimsIdentity? identity, bool copyOnRead)
    {
        StatusCode = statusCode;
        Failure = failure;
        _identity = identity;
        _copyOnRead = copyOnRead;
    }

    public int StatusCode { get; }

    public string? Failure { get; }

    /// <summary>
    /// The caller's identity: for a cached token, a copy of the shared validated identity made when first read, since a
    /// ClaimsIdentity can be changed. Copying it on every request whether read or not was ~1 KB per vote (issue 17).
    /// </summary>
    public ClaimsIdentity? Identity
    {
        get
        {
            if (!_copyOnRead)
            {
                return _identity;
            }

            if (Volatile.Read(ref _copy) is { } copy)
            {
                return copy;
            }

            Interlocked.CompareExchange(ref _copy, _identity!.Clone(), null);
            return _copy;
        }
    }

    public bool Succeeded => StatusCode == 200;

    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(200, null, identity, copyOnRead: false);

    /// <summary>Success with an identity shared between requests: each outcome hands out its own copy.</summary>
    public static AuthenticationOutcome SuccessWithCopyOf(ClaimsIdentity shared)
    {
        ArgumentNullException.ThrowIfNull(shared);
        return new(200, null, shared, copyOnRead: true);
    }

    public static AuthenticationOutcome Unauthorized(string reason) => new(401, reason, null, copyOnRead: false);

    public static AuthenticationOutcome Forbidden(string reason) => new(403, reason, null, copyOnRead: false);

    /// <summary>The signing keys could not be fetched: the Connector should retry later rather than give up.</summary>
    public static AuthenticationOutcome Unavailable(string reason) => new(503, reason, null, copyOnRead: false);
}
