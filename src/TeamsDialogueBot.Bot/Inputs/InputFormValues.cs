using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Inputs;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>Reads the input form's fields from a button press, and fills the form from a stored input.</summary>
public static class InputFormValues
{
    public static InputDraft Read(ButtonPress action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var question = action.Get(InputVerbs.QuestionField);
        var known = PositionKey.TryParse(action.Get(InputVerbs.ItemField), out var position);
        return new InputDraft
        {
            Organisation = action.Get(InputVerbs.OrganisationField),
            Title = action.Get(InputVerbs.TitleField),
            Description = action.Get(InputVerbs.DescriptionField),
            Link = action.Get(InputVerbs.LinkField),
            ItemIndex = known ? position.ItemIndex : null,
            Panel = known ? position.Panel : null,

            // "none" (or nothing) is no question; anything else that is not a number is one the form never offered.
            GuidingQuestion = string.IsNullOrEmpty(question) || question == InputVerbs.NoQuestion ? null
                : int.TryParse(question, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0,
            Attribution = Enum.GetNames<InputAttribution>().Contains(action.Get(InputVerbs.AttributionField), StringComparer.Ordinal)
                ? Enum.Parse<InputAttribution>(action.Get(InputVerbs.AttributionField)!)
                : null,
        };
    }

    public static InputDraft Of(Input input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var content = input.Content;
        return new InputDraft
        {
            Organisation = content.Organisation,
            Title = content.Title,
            Description = content.Description,
            Link = content.Link,
            ItemIndex = content.ItemIndex,
            Panel = content.Panel,
            GuidingQuestion = content.GuidingQuestion,
            Attribution = content.Attribution,
        };
    }
}
