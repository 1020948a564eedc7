using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// What people are told about inputs, none of it in the domain: from the resources, in the language the caller picks
/// (the author's own for their form and its answers, the chat's for what the chat sees). English when none is given.
/// </summary>
public static class InputTexts
{
    public static string TooManyFromAuthor(Texts? texts = null) => (texts ?? Texts.English).Format("Input.TooManyFromAuthor", InputLimits.PerAuthor);

    public static string FormProblems(Texts? texts = null) => (texts ?? Texts.English)["Input.FormProblems"];

    public static string UseMeetingChat(Texts? texts = null) => (texts ?? Texts.English)["Input.UseMeetingChat"];

    public static string NoPrivateChat(Texts? texts = null) => (texts ?? Texts.English)["Input.NoPrivateChat"];

    public static string OutOfDate(Texts? texts = null) => (texts ?? Texts.English)["Input.OutOfDate"];

    public static string Problem(InputProblem problem, Programme programme, int? itemIndex, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;
        return (problem.Field, problem.Rule) switch
        {
            (InputField.Organisation, InputRule.Empty) => texts["Input.Problem.OrganisationEmpty"],
            (InputField.Title, InputRule.Empty) => texts["Input.Problem.TitleEmpty"],
            (InputField.Description, InputRule.Empty) => texts["Input.Problem.DescriptionEmpty"],
            (var field, InputRule.TooLong) => texts.Format("Input.Problem.TooLong", texts.Number(Limit(field))),
            (InputField.Description, InputRule.ControlCharacters) => texts["Input.Problem.DescriptionControl"],
            (_, InputRule.ControlCharacters) => texts["Input.Problem.OneLine"],
            (InputField.Link, _) => texts["Input.Problem.Link"],
            (InputField.Item, InputRule.Closed) => texts.Format("Input.Problem.ItemClosed", Heading(programme, itemIndex, texts)),
            (InputField.Item, _) => texts["Input.Problem.Item"],
            (InputField.GuidingQuestion, _) => texts["Input.Problem.GuidingQuestion"],
            (InputField.Attribution, _) => texts["Input.Problem.Attribution"],
            _ => texts["Input.Problem.Other"],
        };
    }

    /// <summary>Why an author's edit or withdrawal was refused; null when it was not refused.</summary>
    public static string? Refusal(InputOutcome outcome, InputId id, Programme programme, int itemIndex, Texts? texts = null)
    {
        texts ??= Texts.English;
        return outcome switch
        {
            InputOutcome.NotAuthor => texts.Format("Input.Refusal.NotAuthor", id),
            InputOutcome.Withdrawn => texts.Format("Input.Refusal.Withdrawn", id),
            InputOutcome.Hidden => texts.Format("Input.Refusal.Hidden", id),
            InputOutcome.ItemClosed => texts.Format("Input.Refusal.ItemClosed", Heading(programme, itemIndex, texts), id),
            _ => null,
        };
    }

    public static string NoSuchInput(string typed, Texts? texts = null) =>
        (texts ?? Texts.English).Format("Input.NoSuchInput", CardText.Plain(CardText.Truncate(typed, 20)));

    public static string Attribution(InputAttribution attribution, Texts? texts = null) => (texts ?? Texts.English)[attribution switch
    {
        InputAttribution.Named => "Input.Attribution.Named",
        InputAttribution.OrganisationOnly => "Input.Attribution.OrganisationOnly",
        _ => "Input.Attribution.Anonymous",
    }];

    /// <summary>The reply to a co-chair's hide, show, close or open.</summary>
    public static string ChairReply(InputOutcome outcome, string what, string verb, string target, Texts? texts = null)
    {
        texts ??= Texts.English;
        return (outcome, verb) switch
        {
            (InputOutcome.Done, "hide") => texts.Format("Input.Chair.Hidden", what, target),
            (InputOutcome.Done, "show") => texts.Format("Input.Chair.Shown", what),
            (InputOutcome.Done, "close") => texts.Format("Input.Chair.Closed", what, target),
            (InputOutcome.Done, "open") => texts.Format("Input.Chair.Opened", what),
            (InputOutcome.Hidden, _) => texts.Format("Input.Chair.AlreadyHidden", what),
            (InputOutcome.NotHidden, _) => texts.Format("Input.Chair.NotHidden", what),
            (InputOutcome.Withdrawn, "show") => texts.Format("Input.Chair.Withdrawn.show", what),
            (InputOutcome.Withdrawn, _) => texts.Format("Input.Chair.Withdrawn.hide", what),
            (InputOutcome.AlreadyClosed, _) => texts.Format("Input.Chair.AlreadyClosed", what),
            (InputOutcome.AlreadyOpen, _) => texts.Format("Input.Chair.AlreadyOpen", what),
            _ => texts["Queue.Reply.NothingChanged"],
        };
    }

    /// <summary>
    /// A description as cards show it: text only (<see cref="CardText.Unlinked"/>), its line breaks kept — a single "\n"
    /// is a soft break in a TextBlock's Markdown, so each becomes a paragraph break.
    /// </summary>
    public static string Multiline(string text) => CardText.Unlinked(text).Replace("\n", "\n\n", StringComparison.Ordinal);

    /// <summary>An item's heading in the texts' language where the programme translates it.</summary>
    public static string Heading(Programme programme, int? itemIndex, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.English;
        var shown = programme.In(texts.Language);
        return itemIndex is { } i && i >= 0 && i < shown.Items.Count ? shown.Items[i].Heading : texts["Input.ThisItem"];
    }

    /// <summary>"III. Spotlight…" for an item, "III.2 Panel 2: …" for a panel.</summary>
    public static string Heading(Programme programme, AgendaPosition position, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var shown = programme.In((texts ?? Texts.English).Language);
        return shown.Contains(position) ? shown.Heading(position) : Heading(programme, position.ItemIndex, texts);
    }

    public static string Count(int count, Texts? texts = null) => (texts ?? Texts.English).Plural("Input.Count", count);

    private static int Limit(InputField field) => field switch
    {
        InputField.Organisation => InputLimits.Organisation,
        InputField.Title => InputLimits.Title,
        InputField.Link => InputLimits.Link,
        _ => InputLimits.Description,
    };
}
