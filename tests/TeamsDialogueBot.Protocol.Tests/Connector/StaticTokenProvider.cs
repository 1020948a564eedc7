using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

internal sealed class StaticTokenProvider(string token) : IBotTokenProvider
{
    public bool IsAnonymous => false;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(token);
}
