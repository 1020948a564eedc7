using System.Globalization;
using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Domain.Polls;

/// <summary>The one place that decides whether a question and its options make a valid poll.</summary>
public static class PollRules
{
    public static string OptionKey(int index) => ((char)('a' + index)).ToString();

    public static PollError? Check(string question, PollKind kind, IReadOnlyList<string> options, int? maxSelections, bool limitQuestionLength)
    {
        // Blank includes text of only invisible characters (U+200B, U+2060, U+FEFF…): shown, it would be empty.
        if (TypedText.IsBlank(question))
        {
            return new PollError(PollErrorCode.QuestionMissing, "The poll needs a question.");
        }

        if (limitQuestionLength && IsLongerThan(question.Trim(), PollLimits.MaxQuestionLength))
        {
            return new PollError(PollErrorCode.QuestionTooLong, $"The question is too long: at most {PollLimits.MaxQuestionLength} characters.");
        }

        // Said, not ignored: a chair who typed max=2 on a rating would otherwise launch a poll unlike the one they meant.
        if (maxSelections is not null && kind != PollKind.MultipleChoice)
        {
            return new PollError(PollErrorCode.MaxOnlyMultipleChoice, "max= applies to multiple-choice polls only.");
        }

        var hasOptions = kind is PollKind.SingleChoice or PollKind.MultipleChoice or PollKind.Ranking;
        if (!hasOptions)
        {
            return options.Count == 0
                ? null
                : new PollError(PollErrorCode.OptionsNotAllowed, "Rating and open-text polls take no options.");
        }

        if (options.Count < PollLimits.MinOptions)
        {
            return new PollError(PollErrorCode.TooFewOptions, $"A poll needs at least {PollLimits.MinOptions} options, each in quotes.");
        }

        if (options.Count > PollLimits.MaxOptions)
        {
            return new PollError(PollErrorCode.TooManyOptions, $"A poll can have at most {PollLimits.MaxOptions} options.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Count; i++)
        {
            var label = options[i].Trim();
            var position = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (TypedText.IsBlank(label))
            {
                return new PollError(PollErrorCode.OptionMissing, $"Option {position} is empty.") { Number = i + 1 };
            }

            if (IsLongerThan(label, PollLimits.MaxOptionLength))
            {
                return new PollError(PollErrorCode.OptionTooLong, $"Option {position} is too long: at most {PollLimits.MaxOptionLength} characters.") { Number = i + 1 };
            }

            // "A" and "A\u200B" read the same, so they are the same option.
            if (!seen.Add(WithoutFormatCharacters(label)))
            {
                return new PollError(PollErrorCode.DuplicateOption, $"Option {position} repeats an earlier option.") { Number = i + 1 };
            }
        }

        if (maxSelections is { } max && (max < 1 || max > options.Count))
        {
            return new PollError(PollErrorCode.InvalidMaxSelections, $"max= must be between 1 and the number of options ({options.Count.ToString(CultureInfo.InvariantCulture)}).") { Count = options.Count };
        }

        return null;
    }

    /// <summary>
    /// More than <paramref name="max"/> characters as the reader sees them (an emoji or a flag counts once, as in
    /// open-text answers). One "character" may hold any number of combining marks, so past 16 UTF-16 units per
    /// character on average the text is too long whatever it shows.
    /// </summary>
    public static bool IsLongerThan(string text, int max) =>
        text.Length > max && (text.Length > max * 16 || new StringInfo(text).LengthInTextElements > max);

    private static string WithoutFormatCharacters(string text) =>
        text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? new string([.. text.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)])
            : text;
}
