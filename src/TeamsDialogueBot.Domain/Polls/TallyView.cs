using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// What may be shown of a poll right now. For a hidden poll that is not revealed it carries only
/// the respondent count: the counts are never computed, so no view can leak them by accident.
/// </summary>
public sealed class TallyView
{
    internal TallyView(PollId pollId, PollKind kind, int respondents, PollResults? results)
    {
        PollId = pollId;
        Kind = kind;
        Respondents = respondents;
        Results = results;
    }

    public PollId PollId { get; }
    public PollKind Kind { get; }

    /// <summary>Voters with a counted answer.</summary>
    public int Respondents { get; }

    /// <summary>Null exactly when <see cref="IsHidden"/>.</summary>
    public PollResults? Results { get; }

    [MemberNotNullWhen(false, nameof(Results))]
    public bool IsHidden => Results is null;
}
