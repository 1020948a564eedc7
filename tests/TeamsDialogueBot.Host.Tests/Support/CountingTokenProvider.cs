using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>Stands in for Entra ID: one token, and a count of how often it was asked for.</summary>
public sealed class CountingTokenProvider(string token) : IBotTokenProvider
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public bool IsAnonymous => false;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        return ValueTask.FromResult<string?>(token);
    }
}
