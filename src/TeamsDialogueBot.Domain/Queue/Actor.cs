namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Who makes a chair change, as the audit trail records it.</summary>
public sealed record Actor(string Id, string Name)
{
    /// <summary>The bot itself, e.g. when a list opens because its item became current.</summary>
    public static Actor System { get; } = new("system", "TeamsDialogueBot");
}
