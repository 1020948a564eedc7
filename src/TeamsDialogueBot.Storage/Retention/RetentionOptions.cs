using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace TeamsDialogueBot.Storage.Retention;

/// <summary>How long participant-identifying data outlives a dialogue (Storage:RetentionDays), and how often that is checked.</summary>
public sealed class RetentionOptions
{
    [Range(1, 3650, ErrorMessage = "Storage:RetentionDays must be a whole number of days from 1 to 3650.")]
    public int RetentionDays { get; set; } = 90;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ErrorMessage = "Storage:RetentionInterval must be a time span between 00:00:01 and 7.00:00:00.")]
    [ConfigurationKeyName("RetentionInterval")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
