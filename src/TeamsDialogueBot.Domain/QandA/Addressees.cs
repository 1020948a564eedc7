using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Domain.QandA;

/// <summary>Finds the panellist a question is addressed to, the way people type names: any case, any spacing.</summary>
public static class Addressees
{
    /// <summary>The panellist whose whole name <paramref name="typed"/> is, or the only one with that word in their name; else null.</summary>
    public static string? Find(Panel? panel, string? typed)
    {
        if (panel is null || string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var key = Normalise(typed);
        var whole = panel.Panellists.FirstOrDefault(p => Normalise(p.Name) == key);
        if (whole is not null)
        {
            return whole.Name;
        }

        // One word of a name ("Silva") is enough when it is no particle ("de", "al") and only one panellist has it.
        var byWord = key.Length < 3 ? [] : panel.Panellists.Where(p => Words(p.Name).Contains(key, StringComparer.Ordinal)).ToList();
        return byWord.Count == 1 ? byWord[0].Name : null;
    }

    /// <summary>
    /// Splits "Ana Silva what about …" into the panellist it starts with and the rest, the longest name first so that
    /// "Ana Silva" wins over "Ana". Null when the text starts with no panellist's name or name word.
    /// </summary>
    public static (string Name, string Question)? StartOf(Panel? panel, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (panel is null)
        {
            return null;
        }

        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(tokens.Length, 8); take >= 1; take--)
        {
            var head = string.Join(' ', tokens[..take]).TrimEnd(':', ',', '—', '-');
            if (Find(panel, head) is { } name)
            {
                var rest = string.Join(' ', tokens[take..]).TrimStart(':', ',', '—', '-', ' ');
                return (name, rest);
            }
        }

        return null;
    }

    private static string Normalise(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static string[] Words(string name) => Normalise(name).Split(' ');
}
