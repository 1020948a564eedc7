namespace TeamsDialogueBot.Bot.Display;

/// <summary>The "Display" configuration section.</summary>
public sealed class DisplayOptions
{
    public const string SectionName = "Display";

    /// <summary>
    /// Where browsers reach this bot, e.g. https://dialogue.example.org. The `display` command answers inside a
    /// Bot Framework turn, whose request comes from the Bot Connector, not from a browser, so the host it was
    /// called on says nothing about the address people can open: the public address has to be configured.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978/");

    /// <summary>How long a burst of changes is gathered before the display is pushed one snapshot.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(150);
}
