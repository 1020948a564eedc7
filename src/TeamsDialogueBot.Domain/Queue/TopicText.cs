namespace TeamsDialogueBot.Domain.Queue;

/// <summary>Cleans the free text of "to say …" topics.</summary>
public static class TopicText
{
    public const int MaxLength = 200;

    /// <summary>Trims and collapses white space; cuts text over <see cref="MaxLength"/> with an ellipsis; blank gives null.</summary>
    public static string? Clean(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        var text = string.Join(' ', topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxLength)
        {
            return text;
        }

        var cut = MaxLength - 1;

        // Never split a surrogate pair: half an emoji renders as a replacement box in Teams.
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
    }
}
