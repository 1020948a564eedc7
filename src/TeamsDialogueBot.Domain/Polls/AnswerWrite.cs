namespace TeamsDialogueBot.Domain.Polls;

/// <summary>What became of a vote handed to <see cref="IPollStore.UpsertAnswerAsync"/>. The numbers are what the stores' SQL yields.</summary>
public enum AnswerWrite
{
    /// <summary>The answer is stored (new, or replacing the voter's earlier one).</summary>
    Recorded = 0,

    /// <summary>The poll is closed or unknown: no answer was stored (the activity is still claimed, so a copy of it is a duplicate).</summary>
    PollClosed = 1,

    /// <summary>The activity carrying the vote was applied before (Teams delivered it again): nothing changed.</summary>
    AlreadyProcessed = 2,
}
