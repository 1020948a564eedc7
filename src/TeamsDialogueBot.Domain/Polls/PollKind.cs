namespace TeamsDialogueBot.Domain.Polls;

public enum PollKind
{
    SingleChoice,
    MultipleChoice,
    Rating,

    /// <summary>Short free-text answers; this is also how "inputs" are collected.</summary>
    OpenText,

    /// <summary>Voters order the options; scored by Borda count.</summary>
    Ranking,
}
