using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The words after `q+` / `hand` (and `profile`): an optional name (a chair adding someone), where they
/// speak from, their organisation and group, the guiding question and what they want to say.
/// Absent parts are null.
/// </summary>
public sealed record FloorRequest(
    string? Name,
    SpeakerChannel? Channel,
    string? Organisation,
    string? Group,
    int? GuidingQuestion,
    string? Topic)
{
    public static FloorRequest None { get; } = new(null, null, null, null, null, null);
}
