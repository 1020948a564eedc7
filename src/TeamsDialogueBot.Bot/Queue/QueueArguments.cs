using System.Globalization;
using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Reads the arguments of the speakers' list commands as chairs type them (W3C Zakim style):
/// <c>q+ Ana Silva remote org UNODC group NGO Q3 to say we need more data</c>.
/// Keywords are case-insensitive; everything after "to say" (or "to") is the topic, verbatim. A name or organisation
/// holding a keyword is written in quotes: <c>q+ "To Huu" room org "Room to Read"</c>.
/// </summary>
public static class QueueArguments
{
    private static readonly string[] OrganisationWords = ["org", "organisation", "organization", "from"];
    private static readonly string[] GroupWords = ["group", "as"];

    public static FloorRequest ParseRequest(string? arguments)
    {
        var text = arguments?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return FloorRequest.None;
        }

        var words = Words(text);
        string? topic = null;
        var to = words.FindIndex(w => !w.Quoted && Is(w.Text, "to"));
        if (to >= 0)
        {
            var from = to + 1 < words.Count && !words[to + 1].Quoted && Is(words[to + 1].Text, "say") ? words[to + 1].End : words[to].End;
            topic = text[from..].Trim() is { Length: > 0 } said ? said : null;
            words = words[..to];
        }

        var name = new List<string>();
        var organisation = new List<string>();
        var group = new List<string>();
        var current = name;
        SpeakerChannel? channel = null;
        int? question = null;
        foreach (var (token, quoted, _) in words)
        {
            // A quoted part is taken as written: `org "Room to Read"`, `q+ "To Huu" room`.
            if (quoted)
            {
                current.Add(token);
            }
            else if (Is(token, "room") || Is(token, "in-room"))
            {
                channel = SpeakerChannel.Room;
            }
            else if (Is(token, "remote") || Is(token, "online"))
            {
                channel = SpeakerChannel.Remote;
            }
            else if (OrganisationWords.Any(w => Is(token, w)))
            {
                current = organisation;
            }
            else if (GroupWords.Any(w => Is(token, w)))
            {
                current = group;
            }
            else if (TryQuestion(token, out var number))
            {
                question = number;
            }
            else
            {
                current.Add(token);
            }
        }

        return new FloorRequest(Join(name), channel, Join(organisation), Join(group), question, topic);
    }

    /// <summary>What is wrong with a request's texts (too long for the list's card), or null when it may be stored.</summary>
    public static string? Problem(FloorRequest request, Localization.Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        texts ??= Localization.Texts.English;
        return (request.Name?.Length > SpeakerLimits.Name) ? texts.Format("Queue.Limit.Name", SpeakerLimits.Name)
            : (request.Organisation?.Length > SpeakerLimits.Organisation) ? texts.Format("Queue.Limit.Organisation", SpeakerLimits.Organisation)
            : (request.Group?.Length > SpeakerLimits.Group) ? texts.Format("Queue.Limit.Group", SpeakerLimits.Group)
            : (request.Topic?.Length > SpeakerLimits.Topic) ? texts.Format("Queue.Limit.Topic", SpeakerLimits.Topic)
            : null;
    }

    /// <summary>`move &lt;n|name&gt; &lt;pos&gt;`: the last word is the new position.</summary>
    public static bool TryParseMove(string? arguments, out string target, out int position)
    {
        target = string.Empty;
        position = 0;
        var tokens = (arguments ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2 || !int.TryParse(tokens[^1], NumberStyles.None, CultureInfo.InvariantCulture, out position))
        {
            return false;
        }

        target = Unquoted(string.Join(' ', tokens[..^1]));
        return target.Length > 0;
    }

    /// <summary>"ack", "ack 3", "ack Ana Silva": null when no target was given.</summary>
    public static string? Target(string? arguments) =>
        Unquoted(arguments ?? "") is { Length: > 0 } target ? target : null;

    // A name quoted at `q+ "To Huu"` is found by `ack "To Huu"` too: the quotes go, the spaces collapse.
    private static string Unquoted(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.AsSpan().Trim(TypedQuotes.All).ToString()).Where(w => w.Length > 0));

    // The words before the topic, each with where it ends in the text (the topic is kept verbatim from there). A
    // quote runs to its closing quote, or to the end when it has none; an empty one ("") is no word.
    private static List<(string Text, bool Quoted, int End)> Words(string text)
    {
        var words = new List<(string Text, bool Quoted, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (TypedQuotes.Characters.Contains(text[i]))
            {
                var length = text.AsSpan(i + 1).IndexOfAny(TypedQuotes.Characters);
                var end = length < 0 ? text.Length : i + 1 + length;
                var quoted = text[(i + 1)..end].Trim();
                if (quoted.Length > 0)
                {
                    words.Add((string.Join(' ', quoted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), true, Math.Min(end + 1, text.Length)));
                }

                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && !TypedQuotes.Characters.Contains(text[i]))
                {
                    i++;
                }

                words.Add((text[start..i], false, i));
            }
        }

        return words;
    }

    private static bool TryQuestion(string token, out int number)
    {
        number = 0;
        return token.Length > 1
            && token[0] is 'q' or 'Q'
            && int.TryParse(token.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number > 0;
    }

    private static bool Is(string token, string word) => string.Equals(token, word, StringComparison.OrdinalIgnoreCase);

    private static string? Join(List<string> words) => words.Count == 0 ? null : string.Join(' ', words);
}
