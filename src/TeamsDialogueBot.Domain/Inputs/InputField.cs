namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>A field of the input form, so a problem can be shown next to the field that has it.</summary>
public enum InputField
{
    Organisation,
    Title,
    Description,
    Link,
    Item,
    GuidingQuestion,
    Attribution,
}
