namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// An input's content once every rule holds: trimmed, line breaks as "\n", blank optional texts as null. It relates to
/// an agenda item, or to one of the item's panels (<paramref name="Panel"/> 1…; 0 is the item's own floor).
/// </summary>
public sealed record InputContent(
    string? Organisation,
    string Title,
    string Description,
    string? Link,
    int ItemIndex,
    int? GuidingQuestion,
    InputAttribution Attribution,
    int Panel = 0);
