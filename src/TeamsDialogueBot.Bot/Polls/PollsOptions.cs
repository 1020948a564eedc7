using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>The "Polls" configuration section.</summary>
public sealed class PollsOptions
{
    public const string SectionName = "Polls";

    /// <summary>
    /// Keys anonymous voters (HMAC); at least 16 characters. Empty: one is generated on first use and kept
    /// in the database, so restarts keep it and a voter can still change an anonymous answer.
    /// </summary>
    [MinLength(16, ErrorMessage = "Polls:AnonymousSecret must have at least 16 characters (or be left out to have one generated).")]
    public string? AnonymousSecret { get; set; }

    /// <summary>The shared card of a poll is re-rendered at most once per interval however fast votes arrive.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30", ErrorMessage = "Polls:RefreshInterval must be a time span between 00:00:00.010 and 00:00:30.")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(300);
}
