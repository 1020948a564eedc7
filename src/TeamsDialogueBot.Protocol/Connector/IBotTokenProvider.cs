namespace TeamsDialogueBot.Protocol.Connector;

/// <summary>Bearer tokens for outbound Connector calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>The token to send, or null to send no Authorization header (anonymous local mode).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
