namespace TeamsDialogueBot.Bot.Commands;

/// <summary>A chat command: its verb (lower case, no leading '/') and the rest of the line.</summary>
public sealed record CommandText(string Verb, string Arguments)
{
    /// <summary>Splits "/goto III" into ("goto", "III"). Returns null for an empty message.</summary>
    public static CommandText? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.StartsWith('/'))
        {
            trimmed = trimmed[1..].TrimStart();
        }

        if (trimmed.Length == 0)
        {
            return null;
        }

        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var verb = space < 0 ? trimmed : trimmed[..space];
        var arguments = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return new CommandText(verb.ToLowerInvariant(), arguments);
    }
}
