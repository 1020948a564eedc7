using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// Reads `ask [anonymous] [to &lt;panellist&gt;[:]] &lt;question&gt;`. "to" names a panellist only when a panellist's name
/// (or a word of it only they have) follows, so "ask to what extent …" is a question, not an addressee; with a colon
/// ("to Ana Silva: …") the asker clearly meant someone, and a name that is no panellist's is refused rather than kept.
/// </summary>
public static class AskArguments
{
    private static readonly string[] AnonymousWords = ["anonymous", "anonymously", "anon"];
    private static readonly char[] Punctuation = [':', ',', ';', '.', '-', '–', '—', '(', ')', '[', ']', '!'];

    public static AskRequest Parse(string? arguments, Panel? panel)
    {
        var text = arguments?.Trim() ?? string.Empty;
        var anonymous = false;
        string? addressee = null;
        while (true)
        {
            var (word, rest) = FirstWord(text);

            // "anonymous:", "Anonymously," and "(anonymous)" mean the same: asking for anonymity must never be missed.
            var bare = word.Trim(Punctuation);
            if (anonymous && word.Length > 0 && bare.Length == 0)
            {
                text = rest; // "anonymous - …": the dash goes with the word it follows.
                continue;
            }

            if (!anonymous && AnonymousWords.Any(w => string.Equals(bare, w, StringComparison.OrdinalIgnoreCase)))
            {
                anonymous = true;
                text = rest;
                continue;
            }

            if (addressee is null && string.Equals(word, "to", StringComparison.OrdinalIgnoreCase))
            {
                if (Addressees.StartOf(panel, rest) is { } found)
                {
                    addressee = found.Name;
                    text = found.Question;
                    continue;
                }

                var colon = rest.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && colon <= 60 && rest[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5)
                {
                    return new AskRequest(rest[(colon + 1)..].Trim(), anonymous, null, rest[..colon].Trim());
                }
            }

            return new AskRequest(text, anonymous, addressee, null);
        }
    }

    private static (string Word, string Remainder) FirstWord(string text)
    {
        var space = text.IndexOfAny([' ', '\t', '\n', '\r']);
        var (word, rest) = space < 0 ? (text, string.Empty) : (text[..space], text[(space + 1)..].TrimStart());

        // "anonymous:why?" without a space: the word ends at its punctuation.
        var stop = word.IndexOfAny([':', ',', ';']);
        return stop > 0 && stop < word.Length - 1 ? (word[..(stop + 1)], (word[(stop + 1)..] + " " + rest).Trim()) : (word, rest);
    }
}
