namespace TeamsDialogueBot.Reports.Model;

/// <summary>The denominator of equal footing online: how many attended through Teams, and how many of them spoke.</summary>
public sealed record OnlineAttendance(int Attendees, int TookTheFloor)
{
    /// <summary>0–1; zero when nobody attended online.</summary>
    public double ShareWhoTookTheFloor => Attendees == 0 ? 0 : (double)TookTheFloor / Attendees;
}
