using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Host.Display;

/// <summary>Turns the token of a display URL into its conversation; anything else is "not found".</summary>
internal sealed class DisplayAccess(IDisplayTokens tokens)
{
    public async Task<string?> ConversationOfAsync(string? token, CancellationToken cancellationToken) =>
        DisplayLinks.LooksLikeToken(token) ? await tokens.FindConversationAsync(token!, cancellationToken) : null;
}
