using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// What a handler works with: the activity, the conversation's unit of work (load, change — saved at the end) and the
/// turn's outbox (what to send afterwards). A handler never talks to Teams or writes to the database itself, so a
/// batch can be decided again from fresh state when another instance got there first.
/// </summary>
public sealed class TurnContext(Turn turn, ConversationSession session, ChairCheck chair, DialogueLanguage? languages = null)
{
    public Turn Turn { get; } = turn;
    public ConversationSession Session { get; } = session;
    public TurnOutbox Outbox { get; } = new(turn.Reference, session.Now);
    public DateTimeOffset Now => Session.Now;

    /// <summary>The caller as a chair action's audit trail names them.</summary>
    public Actor Actor => new(Turn.UserKey, UserName);

    /// <summary>
    /// The caller's name as the chat shows it: lists, questions and the report are shared, so a name Teams left out is
    /// "Someone" in the dialogue's language.
    /// </summary>
    public string UserName => Turn.NameIn(SharedTexts);

    /// <summary>The texts of what the whole chat sees: the dialogue's language.</summary>
    public Texts SharedTexts => languages?.Shared(Session.Dialogue) ?? Texts.For(Session.Dialogue.Language);

    /// <summary>The texts of what only the caller sees: their Teams locale when the bot has it, else the dialogue's language.</summary>
    public Texts PrivateTexts => languages?.Private(Turn.Activity, Session.Dialogue)
        ?? Texts.For(UnLanguages.Normalise(Turn.Activity.Locale) ?? Session.Dialogue.Language);

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
