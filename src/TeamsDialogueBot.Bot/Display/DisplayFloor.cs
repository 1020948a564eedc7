namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// Who has the floor. The countdown is not sent ticking: the browser computes it from
/// <paramref name="StartedAt"/> and <paramref name="AllowedSeconds"/>, so one push serves the whole intervention.
/// </summary>
/// <param name="Channel">"room" or "remote".</param>
public sealed record DisplayFloor(
    string Name,
    string? Organisation,
    string Group,
    string Channel,
    string? Topic,
    DateTimeOffset StartedAt,
    int AllowedSeconds);
