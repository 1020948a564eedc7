using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>The "Floor" configuration section: how many actions the floor page takes from phones (issue 18).</summary>
public sealed class FloorOptions
{
    public const string SectionName = "Floor";

    /// <summary>Actions (request, withdraw, hold, resume) one browser may post per minute on one dialogue.</summary>
    [Range(1, 10_000)]
    public int PerBrowserPerMinute { get; set; } = 5;

    /// <summary>
    /// Actions all phones together may post per minute on one dialogue; raise it for a very large room. Joins (the first
    /// visit's form) take none of these: each client address may join twice this many times a minute.
    /// </summary>
    [Range(1, 100_000)]
    public int PerDialoguePerMinute { get; set; } = 60;
}
