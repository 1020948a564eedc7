using System.Security.Claims;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// The Emulator convention: with no app id there is no authentication either way. Startup allows
/// this only in Development (see <see cref="BotFrameworkOptions.Validate"/>).
/// </summary>
public sealed class AnonymousAuthenticator : IInboundAuthenticator
{
    public ValueTask<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AuthenticationOutcome.Success(new ClaimsIdentity()));
}
