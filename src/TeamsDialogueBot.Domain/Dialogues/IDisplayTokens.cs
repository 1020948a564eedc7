namespace TeamsDialogueBot.Domain.Dialogues;

/// <summary>
/// The secret that opens a dialogue's room display (<c>/display/{token}</c>). One per conversation; `display rotate`
/// replaces it (the old link stops working at once). Written through <see cref="Changes.StagedWrite.SetDisplayToken"/>.
/// </summary>
public interface IDisplayTokens
{
    /// <summary>The conversation's current token, or null when it has no display link (then no display can be watching).</summary>
    Task<string?> FindTokenAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>The conversation a token opens, or null when no dialogue has that token (any more).</summary>
    Task<string?> FindConversationAsync(string token, CancellationToken cancellationToken);
}
