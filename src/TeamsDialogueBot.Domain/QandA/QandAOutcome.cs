namespace TeamsDialogueBot.Domain.QandA;

public enum QandAOutcome
{
    /// <summary>Nothing to do: the board already was as asked.</summary>
    Unchanged,
    Asked,

    /// <summary>Asked while pre-moderation is on: it waits for a chair's approval.</summary>
    AskedPending,
    Upvoted,
    UpvoteRemoved,
    Approved,
    Hidden,
    Shown,
    Answered,
    Opened,
    Closed,
    ModerationOn,
    ModerationOff,

    // Refusals: nothing changed.

    /// <summary>The Q&amp;A is off: no questions or upvotes.</summary>
    QandAClosed,
    TextEmpty,
    TextTooLong,
    TextHasControlCharacters,

    /// <summary>No question with that number on this board.</summary>
    NotFound,

    /// <summary>The question is pending or hidden: it can't be upvoted.</summary>
    NotVotable,

    /// <summary>A chair action that does not apply to the question's state (approving a visible one…).</summary>
    NotApplicable,
    TooManyQuestions,
    TooManyFromAsker,
}
