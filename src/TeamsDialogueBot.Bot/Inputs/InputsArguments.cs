using System.Globalization;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// Reads what follows `inputs`: a co-chair's `hide|show &lt;id&gt;` or `close|open [item]`, or what to list —
/// `[item|q&lt;n&gt;] [page]`. A lone number is a page (`inputs 2`); items and panels are named as `goto` names them
/// otherwise (`inputs III`, `inputs III.2`, `inputs closing`; an item includes its panels), guiding questions as `q4`.
/// </summary>
public sealed record InputsArguments
{
    public string? ChairVerb { get; init; }

    /// <summary>What follows the chair verb (an input id, an item).</summary>
    public string Target { get; init; } = "";

    public InputFilter Filter { get; init; } = InputFilter.All;
    public int Page { get; init; } = 1;

    /// <summary>The item reference typed that the programme doesn't know; null when all is understood.</summary>
    public string? Unknown { get; init; }

    /// <summary>The command that lists the same again ("inputs III"), for the next-page hint.</summary>
    public string Command { get; init; } = "inputs";

    public static InputsArguments Parse(string arguments, Programme programme)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(programme);
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0].ToLowerInvariant() is "hide" or "show" or "close" or "open" or "hidden")
        {
            return new InputsArguments { ChairVerb = words[0].ToLowerInvariant(), Target = string.Join(' ', words.Skip(1)) };
        }

        var page = 1;
        if (words.Count > 0 && int.TryParse(words[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            page = number;
            words.RemoveAt(words.Count - 1);
        }

        var reference = string.Join(' ', words);
        if (reference.Length == 0)
        {
            return new InputsArguments { Page = page };
        }

        if (reference.Length > 1 && reference[0] is 'q' or 'Q'
            && int.TryParse(reference.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var question))
        {
            return programme.FindGuidingQuestion(question) is null
                ? new InputsArguments { Unknown = reference }
                : new InputsArguments { Filter = new InputFilter(null, question), Page = page, Command = "inputs q" + question.ToString(CultureInfo.InvariantCulture) };
        }

        return programme.FindPosition(reference) is { } position
            ? new InputsArguments
            {
                Filter = new InputFilter(position.ItemIndex, null, position.IsPanel ? position.Panel : null),
                Page = page,
                Command = "inputs " + programme.Reference(position),
            }
            : new InputsArguments { Unknown = reference };
    }
}
