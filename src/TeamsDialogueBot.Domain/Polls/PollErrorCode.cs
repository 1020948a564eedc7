namespace TeamsDialogueBot.Domain.Polls;

public enum PollErrorCode
{
    // Commands. Syntax is the general refusal (the usage line); the codes after it say what exactly was wrong.
    Syntax,
    UnclosedQuote,
    UnknownWord,
    SeveralKinds,
    RatingLabels,
    OptionsNotAllowed,
    GuidingQuestionFlags,
    SeveralPollsNamed,
    InvalidPollId,
    QuestionMissing,
    QuestionTooLong,
    OptionMissing,
    OptionTooLong,
    TooFewOptions,
    TooManyOptions,
    DuplicateOption,

    /// <summary>A typed question, option or rating label holds a control character or a direction override (see TypedText).</summary>
    UnsafeCharacters,
    InvalidMaxSelections,

    /// <summary>`max=` on a single-choice, rating, ranking or open-text poll, which it cannot limit.</summary>
    MaxOnlyMultipleChoice,
    InvalidTemplate,
    UnknownGuidingQuestion,

    // Finding a poll.
    UnknownPoll,
    NoPoll,
    AmbiguousPoll,

    // Transitions.
    AlreadyClosed,
    NotHidden,
    AlreadyRevealed,

    // Votes.
    MissingPollId,
    WrongPoll,
    PollClosed,
    NoSelection,
    UnknownOption,
    TooManySelections,
    WrongType,
    OutOfRange,
    EmptyText,
    TextTooLong,
    DuplicateRank,
    RankingGap,

    /// <summary>An open-text answer holds a control character (other than a line break) or a direction override.</summary>
    UnsafeText,
}
