using Microsoft.IdentityModel.Tokens;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>A Connector signing key and the channels ("msteams", …) that endorse it.</summary>
internal sealed record EndorsedSigningKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);
