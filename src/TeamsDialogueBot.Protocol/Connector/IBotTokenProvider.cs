namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>Bearer tokens for outbound Connector calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>
    /// True when the bot has no credentials (anonymous local mode): <see cref="GetTokenAsync"/> always gives null,
    /// so there is no token to protect and calls may go out without asking for one.
    /// </summary>
    bool IsAnonymous { get; }

    /// <summary>The token to send, or null to send no Authorization header (anonymous local mode).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
