using System.Text;
using TeamsDialogueBot.Domain.UserText;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>Reads a typed question: white space collapsed, then checked against the rules the card and the report rely on.</summary>
public static class QuestionText
{
    /// <summary>
    /// The question as stored, or the refusal: empty, over <see cref="QandALimits.Text"/> characters, or with a control
    /// character. Line breaks and tabs (a multi-line input sends them) count as spaces, not as control characters.
    /// </summary>
    public static (string? Text, QandAOutcome? Problem) Check(string? typed)
    {
        if (TypedText.IsBlank(typed))
        {
            return (null, QandAOutcome.TextEmpty);
        }

        var builder = new StringBuilder(typed.Length);
        var space = false;
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            // Control characters (and bidirectional overrides, which reorder what others read) are refused, not
            // silently dropped: the asker should see that what they sent is not what would be shown.
            if (TypedText.IsUnsafe(c))
            {
                return (null, QandAOutcome.TextHasControlCharacters);
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.Length > QandALimits.Text ? (null, QandAOutcome.TextTooLong) : (builder.ToString(), null);
    }
}
