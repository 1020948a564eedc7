using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The speakers' list aggregate's one service: loads a list through the turn's unit of work, changes it, keeps its card
/// up to date (posted the first time, then updated in place) and, after `ack` and `skip`, has the floor announced.
/// </summary>
public sealed class SpeakersListService(Programme programme)
{
    public static async Task<(SpeakersList List, QueueResult Result)> ChangeAsync(
        TurnContext context, AgendaPosition position, Func<SpeakersList, QueueResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(change);
        var list = await context.Session.ListAsync(position, cancellationToken);
        var before = list.Version;
        var result = change(list);
        if (list.Version != before)
        {
            context.Outbox.Show(CardSlots.Queue(position));
        }

        return (list, result);
    }

    /// <summary>A chair change; after `ack` and `skip` the chat hears who speaks and the next remote speaker is told privately.</summary>
    public async Task<(SpeakersList List, QueueResult Result)> ChairAsync(
        TurnContext context, AgendaPosition position, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (list, result) = await ChangeAsync(context, position, l => change(l, context.Actor, context.Now), cancellationToken);
        if (result.Succeeded && result.Outcome is QueueOutcome.FloorGiven or QueueOutcome.InterventionEnded or QueueOutcome.Skipped)
        {
            await FloorAnnouncer.AnnounceAsync(context, list, result, cancellationToken);
            await FloorAnnouncer.WarnNextAsync(context, list, language => HeadingOf(position, language), cancellationToken);
        }

        return (list, result);
    }

    /// <summary>`queue` / `q?`: posts the list's card afresh; the new card is the one kept up to date (the old one scrolled away).</summary>
    public static void Repost(TurnContext context, AgendaPosition position)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Outbox.PostSlot(CardSlots.Queue(position));
    }

    /// <summary>
    /// Why `q+ … Q{n}` names a guiding question the programme lacks (the card would show a question no one can look
    /// up), or null when it names none or one that exists. Worded as the poll command's refusal of `poll q{n}`.
    /// </summary>
    public string? UnknownGuidingQuestion(int? number, Localization.Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (number is not { } n || programme.FindGuidingQuestion(n) is not null)
        {
            return null;
        }

        var last = programme.GuidingQuestions.Select(q => q.Number).DefaultIfEmpty(0).Max();
        return last == 0
            ? texts["PollError.NoGuidingQuestions"]
            : texts.Format("PollError.UnknownGuidingQuestion", n.ToString(texts.Culture), last.ToString(texts.Culture));
    }

    public string HeadingOf(AgendaPosition position, string? language = null) =>
        programme.Contains(position) ? programme.In(language).Heading(position) : PositionKey.Of(position);

    /// <summary>
    /// The position a card action is about: the card's own (old cards act on their own list), else the current one.
    /// Null when the card names a position the programme doesn't have (forged or out-of-date data): refuse it.
    /// </summary>
    public AgendaPosition? PositionOf(TurnContext context, ButtonPress action)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(action);
        return action.Get(QueueVerbs.ItemKey) is not { } key ? context.Session.CurrentPosition
            : PositionKey.TryParse(key, out var position) && programme.Contains(position) ? position
            : null;
    }
}
