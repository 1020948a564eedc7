namespace TeamsDialogueBot.Bench.Scenarios;

/// <summary>The loads of issue 7.</summary>
public enum ScenarioKind
{
    /// <summary>N distinct users answer one poll with concurrency C.</summary>
    VoteStorm,

    /// <summary>300 users ask for the floor within 2 s, then the chair calls 20 speakers.</summary>
    FloorRush,

    /// <summary>100 conversations at once, each running a poll with 50 voters.</summary>
    ManyMeetings,

    /// <summary>
    /// Issue 15's floor rush: 150 users ask for the floor within 2 s, then the chair calls 15 speakers, spread over
    /// three instances sharing one PostgreSQL database and one Connector (whose rate windows count all three).
    /// </summary>
    FloorRushThreeInstances,
}
