using System.Globalization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>What people are told about inputs. Every text of the feature is here, none in the domain.</summary>
public static class InputTexts
{
    public static readonly string TooManyFromAuthor =
        $"You have {InputLimits.PerAuthor} inputs in this dialogue, the most one person may have. Withdraw one you no longer need, or add to one of yours with Edit.";

    public const string FormProblems = "Please check the marked fields: nothing was saved yet.";
    public const string UseMeetingChat = "Inputs belong to a meeting: type `input` in the meeting chat, or press **Share an input** on its agenda card.";
    public const string NoPrivateChat = "I can't write to you privately from here: press **Share an input** on the agenda card (type `agenda` to post it).";
    public const string OutOfDate = "This card is out of date. Type `input` in the meeting chat for a fresh one.";

    public static string Problem(InputProblem problem, Programme programme, int? itemIndex)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(programme);
        return (problem.Field, problem.Rule) switch
        {
            (InputField.Organisation, InputRule.Empty) => "\"Organisation only\" needs your organisation.",
            (InputField.Title, InputRule.Empty) => "Give your input a title.",
            (InputField.Description, InputRule.Empty) => "Describe the activity.",
            (var field, InputRule.TooLong) => string.Create(CultureInfo.InvariantCulture, $"At most {Limit(field)} characters, please."),
            (InputField.Description, InputRule.ControlCharacters) => "Line breaks are fine, but no tabs or other control characters.",
            (_, InputRule.ControlCharacters) => "Keep it on one line, without tabs or other control characters.",
            (InputField.Link, _) => "Give a full https:// address, or leave it empty.",
            (InputField.Item, InputRule.Closed) => $"Inputs on {Heading(programme, itemIndex)} are closed. Choose another item.",
            (InputField.Item, _) => "Choose an agenda item from the list.",
            (InputField.GuidingQuestion, _) => "Choose a guiding question from the list, or none.",
            (InputField.Attribution, _) => "Choose how your input is attributed.",
            _ => "Please check this field.",
        };
    }

    /// <summary>Why an author's edit or withdrawal was refused; null when it was not refused.</summary>
    public static string? Refusal(InputOutcome outcome, InputId id, Programme programme, int itemIndex) => outcome switch
    {
        InputOutcome.NotAuthor => $"Input {id} is not yours: only its author can change it.",
        InputOutcome.Withdrawn => $"Input {id} was withdrawn; it can't be changed any more.",
        InputOutcome.Hidden => $"A co-chair has hidden input {id}; it can't be changed any more.",
        InputOutcome.ItemClosed => $"Inputs on {Heading(programme, itemIndex)} are closed: input {id} can't be changed any more.",
        _ => null,
    };

    public static string NoSuchInput(string typed) => $"There is no input {CardText.Plain(CardText.Truncate(typed, 20))}.";

    public static string Attribution(InputAttribution attribution) => attribution switch
    {
        InputAttribution.Named => "My name and organisation",
        InputAttribution.OrganisationOnly => "My organisation only",
        _ => "Anonymous",
    };

    /// <summary>The reply to a co-chair's hide, show, close or open.</summary>
    public static string ChairReply(InputOutcome outcome, string what, string verb, string target) => (outcome, verb) switch
    {
        (InputOutcome.Done, "hide") => $"Input {what} is hidden: it is left out of the inputs cards and the report, and kept in the audit trail. `inputs show {target}` shows it again.",
        (InputOutcome.Done, "show") => $"Input {what} is shown again.",
        (InputOutcome.Done, "close") => $"Inputs on {what} are closed: nobody can submit, edit or withdraw inputs on it now. `inputs open {target}` reopens them.",
        (InputOutcome.Done, "open") => $"Inputs on {what} are open: participants can submit, edit and withdraw their inputs.",
        (InputOutcome.Hidden, _) => $"Input {what} is already hidden.",
        (InputOutcome.NotHidden, _) => $"Input {what} is not hidden.",
        (InputOutcome.Withdrawn, _) => $"Input {what} was withdrawn by its author; there is nothing to {verb}.",
        (InputOutcome.AlreadyClosed, _) => $"Inputs on {what} are already closed.",
        (InputOutcome.AlreadyOpen, _) => $"Inputs on {what} are already open.",
        _ => "Nothing changed.",
    };

    /// <summary>
    /// A description as cards show it: text only (<see cref="CardText.Unlinked"/>), its line breaks kept — a single "\n"
    /// is a soft break in a TextBlock's Markdown, so each becomes a paragraph break.
    /// </summary>
    public static string Multiline(string text) => CardText.Unlinked(text).Replace("\n", "\n\n", StringComparison.Ordinal);

    public static string Heading(Programme programme, int? itemIndex)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return itemIndex is { } i && i >= 0 && i < programme.Items.Count ? programme.Items[i].Heading : "this item";
    }

    /// <summary>"III. Spotlight…" for an item, "III.2 Panel 2: …" for a panel.</summary>
    public static string Heading(Programme programme, AgendaPosition position)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return programme.Contains(position) ? programme.Heading(position) : Heading(programme, position.ItemIndex);
    }

    public static string Count(int count) =>
        count == 1 ? "1 input" : string.Create(CultureInfo.InvariantCulture, $"{count} inputs");

    private static int Limit(InputField field) => field switch
    {
        InputField.Organisation => InputLimits.Organisation,
        InputField.Title => InputLimits.Title,
        InputField.Link => InputLimits.Link,
        _ => InputLimits.Description,
    };
}
