using System.Globalization;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Reads the arguments of the speakers' list commands as chairs type them (W3C Zakim style):
/// <c>q+ Ana Silva remote org UNODC group NGO Q3 to say we need more data</c>.
/// Keywords are case-insensitive; everything after "to say" (or "to") is the topic, verbatim.
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

        var (head, topic) = SplitTopic(text);
        var tokens = head.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var name = new List<string>();
        var organisation = new List<string>();
        var group = new List<string>();
        var current = name;
        SpeakerChannel? channel = null;
        int? question = null;
        foreach (var token in tokens)
        {
            if (Is(token, "room") || Is(token, "in-room"))
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

        target = string.Join(' ', tokens[..^1]);
        return true;
    }

    /// <summary>"ack", "ack 3", "ack Ana Silva": null when no target was given.</summary>
    public static string? Target(string? arguments) =>
        string.IsNullOrWhiteSpace(arguments) ? null : string.Join(' ', arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static (string Head, string? Topic) SplitTopic(string text)
    {
        var tokens = text.Split(' ', StringSplitOptions.None);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Is(tokens[i], "to"))
            {
                continue;
            }

            var rest = i + 1 < tokens.Length && Is(tokens[i + 1], "say") ? i + 2 : i + 1;
            var topic = string.Join(' ', tokens[rest..]).Trim();
            return (string.Join(' ', tokens[..i]), topic.Length == 0 ? null : topic);
        }

        return (text, null);
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
