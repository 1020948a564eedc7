namespace TeamsDialogueBot.Bot.Routing;

/// <summary>Who may use a route. Chairs-only routes are refused politely to everyone else, and nothing changes.</summary>
public enum Access
{
    Everyone,
    Chairs,
}
