namespace TeamsDialogueBot.Domain.Programme;

/// <summary>A guiding question; <see cref="Number"/> is programme-wide (q1…q13 in the seed).</summary>
public sealed record GuidingQuestion(int Number, string Text)
{
    /// <summary>How `poll q&lt;n&gt;` asks it; null = open text.</summary>
    public PollTemplate? Poll { get; init; }
}
