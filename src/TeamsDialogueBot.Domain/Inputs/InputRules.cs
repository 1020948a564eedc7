using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.UserText;
using AgendaProgramme = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Domain.Inputs;

/// <summary>
/// The rules of an input's content. Texts are trimmed; title, description and organisation may hold no control or
/// bidirectional-override character (see <see cref="TypedText"/>) and must show something, except line breaks in the description (typed "\r\n" or "\r" become "\n"); the link, optional, must be an
/// absolute https URL and is kept as the text typed. The item (or panel) and guiding question must be the programme's, and an
/// organisation-only input needs an organisation.
/// </summary>
public static class InputRules
{
    /// <summary>The clean content, or every problem of the draft (then <paramref name="content"/> is null).</summary>
    public static IReadOnlyList<InputProblem> Check(InputDraft draft, AgendaProgramme programme, out InputContent? content)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(programme);
        var problems = new List<InputProblem>();
        var organisation = Text(draft.Organisation, InputField.Organisation, InputLimits.Organisation, required: draft.Attribution == InputAttribution.OrganisationOnly, multiline: false, problems);
        var title = Text(draft.Title, InputField.Title, InputLimits.Title, required: true, multiline: false, problems);
        var description = Text(draft.Description, InputField.Description, InputLimits.Description, required: true, multiline: true, problems);
        var link = Link(draft.Link, problems);
        if (draft.ItemIndex is not { } item || !programme.Contains(new AgendaPosition(item, draft.Panel ?? 0)))
        {
            problems.Add(new(InputField.Item, InputRule.Unknown));
        }

        if (draft.GuidingQuestion is { } number && programme.FindGuidingQuestion(number) is null)
        {
            problems.Add(new(InputField.GuidingQuestion, InputRule.Unknown));
        }

        if (draft.Attribution is not { } attribution || !Enum.IsDefined(attribution))
        {
            problems.Add(new(InputField.Attribution, InputRule.Unknown));
        }

        content = problems.Count == 0
            ? new InputContent(organisation, title!, description!, link, draft.ItemIndex!.Value, draft.GuidingQuestion, draft.Attribution!.Value, draft.Panel ?? 0)
            : null;
        return problems;
    }

    private static string? Text(string? typed, InputField field, int limit, bool required, bool multiline, List<InputProblem> problems)
    {
        var text = multiline ? typed?.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : typed;
        text = text?.Trim();
        if (TypedText.IsBlank(text))
        {
            if (required)
            {
                problems.Add(new(field, InputRule.Empty));
            }

            return null;
        }

        if (TypedText.HasUnsafe(text, allowLineBreaks: multiline))
        {
            problems.Add(new(field, InputRule.ControlCharacters));
        }

        if (text.Length > limit)
        {
            problems.Add(new(field, InputRule.TooLong));
        }

        return text;
    }

    private static string? Link(string? typed, List<InputProblem> problems)
    {
        var text = typed?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (TypedText.HasUnsafe(text))
        {
            problems.Add(new(InputField.Link, InputRule.ControlCharacters));
        }
        else if (text.Length > InputLimits.Link)
        {
            problems.Add(new(InputField.Link, InputRule.TooLong));
        }
        else if (text.Any(char.IsWhiteSpace)
            || text.Contains('\\', StringComparison.Ordinal)
            || !text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || string.IsNullOrEmpty(uri.Host)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            // User info ("https://bank.example@evil.example/") is how a link pretends to go somewhere else; "https:/\\evil"
            // is repaired by URL parsers into a host the text does not show.
            problems.Add(new(InputField.Link, InputRule.NotAnHttpsLink));
        }

        return text;
    }
}
