namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>An input's content once every rule holds: trimmed, line breaks as "\n", blank optional texts as null.</summary>
public sealed record InputContent(
    string? Organisation,
    string Title,
    string Description,
    string? Link,
    int ItemIndex,
    int? GuidingQuestion,
    InputAttribution Attribution);
