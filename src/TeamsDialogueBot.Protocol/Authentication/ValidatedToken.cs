using System.Security.Claims;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// What a full validation of a Connector token established, kept so that the same token seen again
/// skips the signature and claims work but still meets every time- and activity-dependent check.
/// </summary>
/// <param name="Keys">The key set the signature was checked against; the entry counts only while it is current.</param>
/// <param name="Key">The signing key, whose endorsements are matched against each activity's channel.</param>
/// <param name="ServiceUrlClaim">The token's serviceurl claim, matched against each activity's serviceUrl.</param>
/// <param name="Identity">Never handed out itself: callers get a clone, as a ClaimsIdentity is mutable.</param>
internal sealed record ValidatedToken(
    SigningKeySnapshot Keys,
    EndorsedSigningKey Key,
    DateTime ValidFrom,
    DateTime ValidTo,
    string? ServiceUrlClaim,
    ClaimsIdentity Identity);
