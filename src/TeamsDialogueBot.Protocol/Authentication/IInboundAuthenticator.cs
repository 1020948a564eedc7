using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>Decides whether an inbound activity really comes from the Bot Connector.</summary>
public interface IInboundAuthenticator
{
    ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
