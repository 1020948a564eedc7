namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>One member of a participant join/leave event: Teams MRI, Entra object id, and the time Teams gave, if any.</summary>
public sealed record RosterMember(string Mri, string? AadObjectId, DateTimeOffset? At)
{
    /// <summary>The same key the speakers' list uses for this person (AAD object id, else the MRI).</summary>
    public string Key => string.IsNullOrEmpty(AadObjectId) ? Mri : AadObjectId;
}
