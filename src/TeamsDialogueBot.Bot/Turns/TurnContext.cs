using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// What a handler works with: the activity, the conversation's unit of work (load, change — saved at the end) and the
/// turn's outbox (what to send afterwards). A handler never talks to Teams or writes to the database itself, so a
/// batch can be decided again from fresh state when another instance got there first.
/// </summary>
public sealed class TurnContext(Turn turn, ConversationSession session, ChairCheck chair)
{
    public Turn Turn { get; } = turn;
    public ConversationSession Session { get; } = session;
    public TurnOutbox Outbox { get; } = new(turn.Reference, session.Now);
    public DateTimeOffset Now => Session.Now;

    /// <summary>The caller as a chair action's audit trail names them.</summary>
    public Actor Actor => new(Turn.UserKey, Turn.UserName);

    public async Task<bool> IsChairAsync(CancellationToken cancellationToken)
    {
        var isChair = await chair.IsChairAsync(cancellationToken);
        if (isChair && Turn.UserId.Length > 0)
        {
            Session.RememberChair(Turn.UserId);
        }

        return isChair;
    }
}
