namespace TeamsDialogueBot.Bot.Polls;

/// <summary>The "Polls" configuration section.</summary>
public sealed class PollsOptions
{
    public const string SectionName = "Polls";

    /// <summary>
    /// Keys anonymous voters (HMAC); at least 16 characters. Empty: one is generated on first use and kept
    /// in the database, so restarts keep it and a voter can still change an anonymous answer.
    /// </summary>
    public string? AnonymousSecret { get; set; }

    /// <summary>
    /// The shared card of a poll is re-rendered at most once per interval however fast votes arrive;
    /// the outbound lane then paces the updates to Teams' limits.
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(300);
}
