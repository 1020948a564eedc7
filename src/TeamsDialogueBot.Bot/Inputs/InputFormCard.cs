using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// The private form of an input: new, being edited, or sent back with its problems. A field with a problem gets its
/// errorMessage and a visible line in the attention colour right under it (Teams shows errorMessage only when its own
/// validation fails, which a server-side rule never triggers). A pure function.
/// </summary>
public static class InputFormCard
{
    private const int ChoiceLength = 90;

    /// <param name="values">What to fill the fields with: the profile's organisation, a stored input, or what was typed.</param>
    /// <param name="link">The meeting the form acts on (<see cref="InputFormLinks.DataAsync"/>).</param>
    /// <param name="editing">The input being edited; null for a new one.</param>
    public static AdaptiveCard Render(
        Programme programme,
        InputDraft values,
        IReadOnlyList<InputProblem> problems,
        Func<int, bool> isOpen,
        IReadOnlyDictionary<string, string> link,
        InputId? editing)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(isOpen);
        ArgumentNullException.ThrowIfNull(link);
        var body = new List<CardElement>
        {
            new TextBlock(editing is { } id ? $"Edit input {id}" : "Share an input on related activities") { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock("Only you see this form. Inputs are shown on the `inputs` card and in the co-chairs' report, attributed as you choose below.") { IsSubtle = true, Spacing = Spacing.None },
        };
        if (problems.Count > 0)
        {
            body.Add(new TextBlock("⚠ " + InputTexts.FormProblems) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        void Field(CardElement input, InputField field)
        {
            body.Add(input);
            var problem = problems.FirstOrDefault(p => p.Field == field);
            if (problem is not null)
            {
                body.Add(new TextBlock(InputTexts.Problem(problem, programme, values.ItemIndex)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        string? Error(InputField field) => problems.FirstOrDefault(p => p.Field == field) is { } p ? InputTexts.Problem(p, programme, values.ItemIndex) : null;

        Field(new InputText(InputVerbs.TitleField)
        {
            Label = "Title of the activity",
            Value = values.Title,
            MaxLength = InputLimits.Title,
            IsRequired = true,
            ErrorMessage = Error(InputField.Title) ?? "Give your input a title.",
        }, InputField.Title);
        Field(new InputText(InputVerbs.DescriptionField)
        {
            Label = "Description",
            Value = values.Description,
            IsMultiline = true,
            MaxLength = InputLimits.Description,
            IsRequired = true,
            ErrorMessage = Error(InputField.Description) ?? "Describe the activity.",
            Placeholder = string.Create(CultureInfo.InvariantCulture, $"What, who, where, results — up to {InputLimits.Description:N0} characters"),
        }, InputField.Description);
        Field(new InputText(InputVerbs.LinkField)
        {
            Label = "Link to the activity (optional)",
            Value = values.Link,
            MaxLength = InputLimits.Link,
            Placeholder = "https://…",
            ErrorMessage = Error(InputField.Link),
        }, InputField.Link);
        Field(new InputText(InputVerbs.OrganisationField)
        {
            Label = "Organisation",
            Value = values.Organisation,
            MaxLength = InputLimits.Organisation,
            ErrorMessage = Error(InputField.Organisation),
        }, InputField.Organisation);
        Field(new InputChoiceSet(InputVerbs.ItemField, Items(programme, isOpen))
        {
            Label = "Agenda item or panel",
            Value = PositionKey.Of(new AgendaPosition(values.ItemIndex ?? 0, values.Panel ?? 0)),
            IsRequired = true,
            ErrorMessage = Error(InputField.Item) ?? "Choose an agenda item.",
        }, InputField.Item);
        Field(new InputChoiceSet(InputVerbs.QuestionField, Questions(programme))
        {
            Label = "Guiding question (optional)",
            Value = values.GuidingQuestion is { } q ? q.ToString(CultureInfo.InvariantCulture) : InputVerbs.NoQuestion,
            ErrorMessage = Error(InputField.GuidingQuestion),
        }, InputField.GuidingQuestion);
        Field(new InputChoiceSet(
            InputVerbs.AttributionField,
            [.. Enum.GetValues<InputAttribution>().Select(a => new Choice(InputTexts.Attribution(a), a.ToString()))])
        {
            Label = "Show it as",
            Value = (values.Attribution ?? InputAttribution.Named).ToString(),
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = Error(InputField.Attribution) ?? "Choose how your input is attributed.",
        }, InputField.Attribution);

        var data = new Dictionary<string, string>(link, StringComparer.Ordinal) { ["verb"] = InputVerbs.Submit };
        if (editing is { } editId)
        {
            data[InputVerbs.InputKey] = editId.Value;
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(InputVerbs.Submit) { Title = editing is null ? "Submit" : "Save changes", Style = ActionStyle.Positive, Data = data }],
            FallbackText = "Share an input on related activities",
            Lang = programme.Language,
        };
    }

    // Items and their panels, in the order next/prev walk them; a closed item closes its panels too.
    private static List<Choice> Items(Programme programme, Func<int, bool> isOpen) =>
        [.. programme.Positions.Select(position => new Choice(
            CardText.Truncate(programme.Heading(position), ChoiceLength) + (isOpen(position.ItemIndex) ? "" : " (closed)"),
            PositionKey.Of(position)))];

    private static List<Choice> Questions(Programme programme) =>
        [new Choice("None", InputVerbs.NoQuestion),
         .. programme.GuidingQuestions.Select(q => new Choice(
             CardText.Truncate(string.Create(CultureInfo.InvariantCulture, $"Q{q.Number}. {q.Text}"), ChoiceLength),
             q.Number.ToString(CultureInfo.InvariantCulture)))];
}
