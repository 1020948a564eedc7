namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>
/// The last access token acquired, used until shortly before it expires. MSAL caches tokens too, but looking one up
/// there walks its token cache and allocates on every call (~10 KB per send, a third of a card refresh's bytes in the
/// many-meetings bench); every outbound call asks for a token, so the common case is answered here.
/// </summary>
internal sealed class HeldAccessToken(TimeProvider time)
{
    /// <summary>How long before its expiry a token is no longer handed out (a send may take a while to arrive).</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);

    private Held? _held;

    /// <summary>The held token while it is fresh, else a new one from <paramref name="acquire"/> (then held).</summary>
    public async ValueTask<string> GetAsync(Func<CancellationToken, Task<AcquiredToken>> acquire, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acquire);
        var now = time.GetUtcNow();
        if (Volatile.Read(ref _held) is { } held && now < held.UseUntil)
        {
            return held.Token;
        }

        // Callers racing here each ask MSAL, which answers from its own cache: no extra request to Entra ID.
        var acquired = await acquire(cancellationToken);
        Volatile.Write(ref _held, new Held(acquired.Token, UseUntil(now, acquired)));
        return acquired.Token;
    }

    // Until the margin before expiry, or before MSAL's own suggested refresh time if that is sooner; a token that
    // lives less than twice the margin is used for half its life.
    private static DateTimeOffset UseUntil(DateTimeOffset now, AcquiredToken acquired)
    {
        var life = acquired.ExpiresOn - now;
        var until = life > 2 * Margin ? acquired.ExpiresOn - Margin : now + life / 2;
        return acquired.RefreshOn is { } refresh && refresh < until ? refresh : until;
    }

    private sealed record Held(string Token, DateTimeOffset UseUntil);
}

/// <summary>A token as MSAL returned it: when it expires, and when MSAL suggests refreshing it (if it says).</summary>
internal readonly record struct AcquiredToken(string Token, DateTimeOffset ExpiresOn, DateTimeOffset? RefreshOn);
