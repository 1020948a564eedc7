namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The secret that opens a dialogue's room display (<c>/display/{token}</c>). One per conversation:
/// the first token stored wins, so every instance and every later `display` hands out the same link.
/// </summary>
public interface IDisplayTokens
{
    /// <summary>Stores <paramref name="candidate"/> unless the conversation already has a token; returns the stored one.</summary>
    Task<string> GetOrCreateAsync(string conversationId, string candidate, CancellationToken cancellationToken);

    /// <summary>Whether the conversation has a display link at all (no link, no display can be watching it).</summary>
    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation a token opens, or null when no dialogue has that token.</summary>
    Task<string?> FindConversationAsync(string token, CancellationToken cancellationToken);
}
