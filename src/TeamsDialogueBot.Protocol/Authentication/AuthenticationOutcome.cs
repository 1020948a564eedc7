using System.Security.Claims;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// The HTTP status an inbound request earns: 200 with the caller's identity, or 401/403/503 with a
/// reason that is safe to log (it never contains the token).
/// </summary>
public sealed record AuthenticationOutcome(int StatusCode, string? Failure, ClaimsIdentity? Identity)
{
    public bool Succeeded => StatusCode == 200;

    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(200, null, identity);

    public static AuthenticationOutcome Unauthorized(string reason) => new(401, reason, null);

    public static AuthenticationOutcome Forbidden(string reason) => new(403, reason, null);

    /// <summary>The signing keys could not be fetched: the Connector should retry later rather than give up.</summary>
    public static AuthenticationOutcome Unavailable(string reason) => new(503, reason, null);
}
