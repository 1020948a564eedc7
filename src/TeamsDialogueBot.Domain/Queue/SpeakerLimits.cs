namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// The longest texts a speaker's entry keeps. Everything on the speakers' list ends up on a shared card that Teams
/// caps at about 28 KB, so no one text may crowd out the list.
/// </summary>
public static class SpeakerLimits
{
    public const int Name = 100;
    public const int Organisation = 100;
    public const int Group = 60;
    public const int Topic = TopicText.MaxLength;

    /// <summary>A name from Teams (never typed by a chair) cut to <see cref="Name"/> characters, never empty.</summary>
    public static string FitName(string? name)
    {
        var text = string.IsNullOrWhiteSpace(name) ? "Someone" : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= Name)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[Name - 2]) ? Name - 2 : Name - 1;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
