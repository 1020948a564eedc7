namespace TeamsDialogueBot.Domain.Queue;

/// <summary>How the waiting entries are put in call order; chairs switch with `policy &lt;name&gt;`.</summary>
public enum OrderingPolicy
{
    /// <summary>`fifo`: by request time.</summary>
    Fifo,

    /// <summary>`alternate`: room and remote take turns while both have someone waiting.</summary>
    Alternate,

    /// <summary>`first-time-first`: people who have not spoken on this item go first.</summary>
    FirstTimeFirst,

    /// <summary>`groups`: round-robin across stakeholder groups.</summary>
    Groups,
}
