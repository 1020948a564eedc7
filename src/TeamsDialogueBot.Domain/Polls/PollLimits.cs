namespace TeamsDialogueBot.Domain.Polls;

/// <summary>Limits the poll commands and votes are checked against; cards can use them as input limits.</summary>
public static class PollLimits
{
    public const int MinOptions = 2;

    /// <summary>Ten options keep a choice set readable on a phone and the keys within "a"…"j".</summary>
    public const int MaxOptions = 10;
    public const int MaxQuestionLength = 300;
    public const int MaxOptionLength = 100;
    public const int MaxTextAnswerLength = 500;
}
