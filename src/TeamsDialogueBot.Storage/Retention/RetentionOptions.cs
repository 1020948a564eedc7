namespace TeamsDialogueBot.Storage.Retention;

/// <summary>How long participant-identifying data outlives a dialogue (Storage:RetentionDays), and how often that is checked.</summary>
public sealed class RetentionOptions
{
    public int RetentionDays { get; set; } = 90;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
