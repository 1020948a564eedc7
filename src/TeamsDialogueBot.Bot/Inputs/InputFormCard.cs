using System.Globalization;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
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
        InputId? editing,
        Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;
        programme = programme.In(texts.Language);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(isOpen);
        ArgumentNullException.ThrowIfNull(link);
        var body = new List<CardElement>
        {
            new TextBlock(editing is { } id ? texts.Format("InputForm.Edit", id) : texts["InputForm.Title"]) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Style = TextBlockStyle.Heading },
            new TextBlock(texts["InputForm.Intro"]) { IsSubtle = true, Spacing = Spacing.None },
        };
        if (problems.Count > 0)
        {
            body.Add(new TextBlock("⚠ " + InputTexts.FormProblems(texts)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
        }

        void Field(CardElement input, InputField field)
        {
            body.Add(input);
            var problem = problems.FirstOrDefault(p => p.Field == field);
            if (problem is not null)
            {
                body.Add(new TextBlock(InputTexts.Problem(problem, programme, values.ItemIndex, texts)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        string? Error(InputField field) => problems.FirstOrDefault(p => p.Field == field) is { } p ? InputTexts.Problem(p, programme, values.ItemIndex, texts) : null;

        Field(new InputText(InputVerbs.TitleField)
        {
            Label = texts["InputForm.ActivityTitle"],
            Value = values.Title,
            MaxLength = InputLimits.Title,
            IsRequired = true,
            ErrorMessage = Error(InputField.Title) ?? texts["Input.Problem.TitleEmpty"],
        }, InputField.Title);
        Field(new InputText(InputVerbs.DescriptionField)
        {
            Label = texts["InputForm.Description"],
            Value = values.Description,
            IsMultiline = true,
            MaxLength = InputLimits.Description,
            IsRequired = true,
            ErrorMessage = Error(InputField.Description) ?? texts["Input.Problem.DescriptionEmpty"],
            Placeholder = texts.Format("InputForm.DescriptionPlaceholder", texts.Number(InputLimits.Description)),
        }, InputField.Description);
        Field(new InputText(InputVerbs.LinkField)
        {
            Label = texts["InputForm.Link"],
            Value = values.Link,
            MaxLength = InputLimits.Link,
            Placeholder = "https://…",
            ErrorMessage = Error(InputField.Link),
        }, InputField.Link);
        Field(new InputText(InputVerbs.OrganisationField)
        {
            Label = texts["InputForm.Organisation"],
            Value = values.Organisation,
            MaxLength = InputLimits.Organisation,
            ErrorMessage = Error(InputField.Organisation),
        }, InputField.Organisation);
        Field(new InputChoiceSet(InputVerbs.ItemField, Items(programme, isOpen, texts))
        {
            Label = texts["InputForm.Item"],
            Value = PositionKey.Of(new AgendaPosition(values.ItemIndex ?? 0, values.Panel ?? 0)),
            IsRequired = true,
            ErrorMessage = Error(InputField.Item) ?? texts["InputForm.ChooseItem"],
        }, InputField.Item);
        Field(new InputChoiceSet(InputVerbs.QuestionField, Questions(programme, texts))
        {
            Label = texts["InputForm.GuidingQuestion"],
            Value = values.GuidingQuestion is { } q ? q.ToString(CultureInfo.InvariantCulture) : InputVerbs.NoQuestion,
            ErrorMessage = Error(InputField.GuidingQuestion),
        }, InputField.GuidingQuestion);
        Field(new InputChoiceSet(
            InputVerbs.AttributionField,
            [.. Enum.GetValues<InputAttribution>().Select(a => new Choice(InputTexts.Attribution(a, texts), a.ToString()))])
        {
            Label = texts["InputForm.ShowAs"],
            Value = (values.Attribution ?? InputAttribution.Named).ToString(),
            Style = ChoiceInputStyle.Expanded,
            IsRequired = true,
            ErrorMessage = Error(InputField.Attribution) ?? texts["Input.Problem.Attribution"],
        }, InputField.Attribution);

        var data = new Dictionary<string, string>(link, StringComparer.Ordinal) { ["verb"] = InputVerbs.Submit };
        if (editing is { } editId)
        {
            data[InputVerbs.InputKey] = editId.Value;
        }

        return new AdaptiveCard(body)
        {
            Actions = [new ExecuteAction(InputVerbs.Submit) { Title = texts[editing is null ? "InputForm.Submit" : "InputForm.SaveChanges"], Style = ActionStyle.Positive, Data = data }],
            FallbackText = texts["InputForm.Title"],
            Lang = texts.Language,
            Rtl = texts.IsRightToLeft ? true : null,
        };
    }

    // Items and their panels, in the order next/prev walk them; a closed item closes its panels too.
    private static List<Choice> Items(Programme programme, Func<int, bool> isOpen, Texts texts) =>
        [.. programme.Positions.Select(position => new Choice(
            isOpen(position.ItemIndex)
                ? CardText.Truncate(programme.Heading(position), ChoiceLength)
                : texts.Format("InputForm.ClosedSuffix", CardText.Truncate(programme.Heading(position), ChoiceLength)),
            PositionKey.Of(position)))];

    private static List<Choice> Questions(Programme programme, Texts texts) =>
        [new Choice(texts["InputForm.NoQuestion"], InputVerbs.NoQuestion),
         .. programme.GuidingQuestions.Select(q => new Choice(
             CardText.Truncate(texts.Format("Inputs.Question", q.Number, q.Text), ChoiceLength),
             q.Number.ToString(CultureInfo.InvariantCulture)))];
}
