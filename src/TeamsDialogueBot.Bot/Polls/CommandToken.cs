using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>A word or a quoted string of a poll command.</summary>
internal readonly record struct CommandToken(string Text, bool Quoted)
{
    public static bool TryTokenize(string text, out List<CommandToken> tokens)
    {
        tokens = [];
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (TypedQuotes.Characters.Contains(text[i]))
            {
                var length = text.AsSpan(i + 1).IndexOfAny(TypedQuotes.Characters);
                if (length < 0)
                {
                    return false;
                }

                var end = i + 1 + length;

                tokens.Add(new CommandToken(text[(i + 1)..end], Quoted: true));
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !TypedQuotes.Characters.Contains(text[i]))
            {
                i++;
            }

            tokens.Add(new CommandToken(text[start..i], Quoted: false));
        }

        return true;
    }
}
