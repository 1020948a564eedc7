using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

public enum PollCommandKind
{
    /// <summary>`poll q&lt;n&gt; [anonymous] [hidden]`.</summary>
    LaunchGuidingQuestion,

    /// <summary>`poll "Question?" "A" "B" … [flags]`.</summary>
    LaunchAdHoc,

    /// <summary>`poll close [id]`.</summary>
    Close,

    /// <summary>`poll reveal [id]`.</summary>
    Reveal,

    /// <summary>`poll results [id]`.</summary>
    Results,
}
