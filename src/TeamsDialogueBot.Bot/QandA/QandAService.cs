using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// The Q&amp;A aggregate's one service: loads a position's board through the turn's unit of work, changes it and keeps
/// its card up to date — posted the first time a question comes, then updated in place. Upvotes only refresh the card:
/// the dispatcher sends one update for however many upvotes queued behind it, within Teams' rate limits.
/// </summary>
public sealed class QandAService(Programme programme, QuestionVoters voters)
{
    public static async Task<(QuestionBoard Board, QandAResult Result)> ChangeAsync(
        TurnContext context, AgendaPosition position, Func<QuestionBoard, QandAResult> change, CancellationToken cancellationToken, bool onlyRefresh = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        var board = await context.Session.QuestionsAsync(position, cancellationToken);
        var before = board.Version;
        var result = change(board);
        if (board.Version != before)
        {
            if (onlyRefresh)
            {
                context.Outbox.Refresh(QandASlots.Of(position));
            }
            else
            {
                context.Outbox.Show(QandASlots.Of(position));
            }
        }

        return (board, result);
    }

    /// <summary>
    /// Asks a question on the position's board as the caller: their Teams name and stored organisation, unless
    /// anonymous. An addressee the programme doesn't list is dropped (the callers check it first).
    /// </summary>
    public async Task<(QuestionBoard Board, QandAResult Result)> AskAsync(
        TurnContext context, AgendaPosition position, string text, bool anonymous, string? addressee, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var voter = await voters.OfAsync(context.Turn);
        var profile = await context.Session.ProfileAsync(Participants.IdOf(context.Turn), cancellationToken);
        var to = addressee is null ? null : Addressees.Find(PanelAt(position), addressee);
        var draft = new QuestionDraft(text, voter, profile?.Name ?? SpeakerLimits.FitName(context.UserName), profile?.Organisation, anonymous, to);
        return await ChangeAsync(context, position, b => b.Ask(draft, context.Now), cancellationToken);
    }

    /// <summary>The caller's upvote on a question, or its withdrawal.</summary>
    public async Task<(QuestionBoard Board, QandAResult Result, QuestionVoter Voter)> ToggleUpvoteAsync(
        TurnContext context, AgendaPosition position, int question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var voter = await voters.OfAsync(context.Turn);
        var (board, result) = await ChangeAsync(context, position, b => b.ToggleUpvote(question, voter), cancellationToken, onlyRefresh: true);
        return (board, result, voter);
    }

    /// <summary>`qa` / the chair asking for it: posts the card afresh; the new card is the one kept up to date.</summary>
    public static void Repost(TurnContext context, AgendaPosition position)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Outbox.PostSlot(QandASlots.Of(position));
    }

    public Task<QuestionVoter> VoterOfAsync(Turn turn) => voters.OfAsync(turn);

    public Panel? PanelAt(AgendaPosition position) => programme.Contains(position) ? programme.PanelAt(position) : null;

    /// <summary>The position's heading in <paramref name="language"/> where the programme translates it.</summary>
    public string HeadingOf(AgendaPosition position, string? language = null) =>
        programme.Contains(position) ? programme.In(language).Heading(position) : PositionKey.Of(position);

    /// <summary>
    /// The position a card action is about: the card's own (old cards act on their own Q&amp;A), else the current one.
    /// Null when the card names a position the programme doesn't have (forged or out-of-date data): refuse it.
    /// </summary>
    public AgendaPosition? PositionOf(TurnContext context, ButtonPress action)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        return action.Get(QandAVerbs.PositionKey) is not { } key ? context.Session.CurrentPosition
            : PositionKey.TryParse(key, out var position) && programme.Contains(position) ? position
            : null;
    }
}
