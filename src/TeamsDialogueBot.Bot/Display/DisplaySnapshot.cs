namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// Everything the room display shows, as pushed to browsers. Holds names only — never a participant's id,
/// e-mail address or Teams MRI — because anyone with the display link can read it.
/// </summary>
/// <param name="Language">The language the screen is written in: the dialogue's (it is a shared screen).</param>
/// <param name="Direction">"ltr" or "rtl", from <paramref name="Language"/>.</param>
/// <param name="TakenAt">Server time when the snapshot was read: browsers derive their clock offset from it
/// and drop a snapshot older than one already shown.</param>
/// <param name="FloorLink">The phones' floor link while it is on (issue 18), else null.</param>
public sealed record DisplaySnapshot(
    string Title,
    string? Subtitle,
    string Language,
    string Direction,
    DisplayItem? Item,
    DisplayFloor? Floor,
    IReadOnlyList<DisplayQueued> Next,
    int Waiting,
    bool QueueOpen,
    DisplayPoll? Poll,
    DateTimeOffset TakenAt,
    DisplayFloorLink? FloorLink = null)
{
    /// <summary>The current panel's Q&amp;A, when it is open or has questions to show.</summary>
    public DisplayQuestions? Questions { get; init; }

    /// <summary>"online now N · spoke so far M" (counts only), when the meeting reports its roster.</summary>
    public DisplayOnline? Online { get; init; }

    /// <summary>The meeting's scheduled end, for the session clock (time left); null outside a scheduled meeting.</summary>
    public DateTimeOffset? SessionEndsAt { get; init; }

    /// <summary>"+3 more waiting" in <see cref="Language"/>, or null when everyone waiting is listed.</summary>
    public string? MoreWaiting { get; init; }

    /// <summary>
    /// The language of the programme's texts on screen (title, item): its translation into <see cref="Language"/> when
    /// it has one, else its own — an Arabic title keeps right to left on an English screen.
    /// </summary>
    public string TextLanguage { get; init; } = "en";

    public string TextDirection { get; init; } = "ltr";
}
