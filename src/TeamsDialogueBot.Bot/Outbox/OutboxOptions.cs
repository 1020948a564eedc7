using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>"Outbox" settings: how the durable outbox is sent.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>A message still not delivered this long after it was decided is given up (and the chair told): it would only confuse.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a conversation's send lease lasts without renewal (another instance takes over after it).</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")]
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often unsent entries are looked for (after a restart, or another instance's crash) and leases renewed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a conversation without sends keeps its lease and rate history (longer than Teams' 30-second window).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan IdleRelease { get; set; } = TimeSpan.FromSeconds(35);

    /// <summary>Sent entries are kept this long as the conversation's rate history, then deleted.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "30.00:00:00")]
    public TimeSpan KeepSent { get; set; } = TimeSpan.FromHours(2);
}
