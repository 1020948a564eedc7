namespace TeamsDialogueBot.Reports.Model;

public enum ReportChannel
{
    /// <summary>In the boardroom; entered by the Secretariat or requested from a phone.</summary>
    Room,

    /// <summary>Online, through Teams.</summary>
    Remote,
}
