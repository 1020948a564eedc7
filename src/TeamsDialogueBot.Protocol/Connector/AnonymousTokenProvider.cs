namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>The Emulator convention: without an app id the bot sends no token.</summary>
public sealed class AnonymousTokenProvider : IBotTokenProvider
{
    public bool IsAnonymous => true;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
