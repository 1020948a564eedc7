using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

/// <summary>Hands out one token and counts how often it was asked: "no token fetched" is a count of zero.</summary>
internal sealed class CountingTokenProvider(string token) : IBotTokenProvider
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
