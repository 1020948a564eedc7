using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// What a participant or chair is told when a speakers' list operation did nothing, or did something worth saying: in
/// the chat's language for a typed command, in the presser's own for a button.
/// </summary>
public static class QueueReplies
{
    public static string? Explain(QueueResult result, SpeakersList list, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(list);
        texts ??= Texts.English;
        return result.Outcome switch
        {
            QueueOutcome.QueueClosed => texts["Queue.Reply.QueueClosed"],
            QueueOutcome.NotWaiting => texts["Queue.Reply.NotWaiting"],
            QueueOutcome.NotOnHold => texts["Queue.Reply.NotOnHold"],
            QueueOutcome.NotFound => texts["Queue.Reply.NotFound"] + " " + Positions(result.Candidates, texts),
            QueueOutcome.Ambiguous => texts["Queue.Reply.Ambiguous"] + " " + Positions(result.Candidates, texts),
            QueueOutcome.InvalidPosition => texts["Queue.Reply.InvalidPosition"] + " " + Positions(result.Candidates, texts),
            QueueOutcome.NobodyWaiting => texts["Queue.Reply.NobodyWaiting"],
            QueueOutcome.InvalidSpeakingTime => texts["Queue.Reply.InvalidSpeakingTime"],
            QueueOutcome.PolicyChanged => texts.Format("Queue.Reply.PolicyChanged", list.Policy.CommandWord(), OrderReasons.DescribePolicy(list.Policy, texts)),
            QueueOutcome.SpeakingTimeChanged => texts.Format("Queue.Reply.SpeakingTimeChanged", ClockText.Format(list.SpeakingTime)),
            QueueOutcome.Opened => texts["Queue.Reply.Opened"],
            QueueOutcome.Closed => texts["Queue.Reply.Closed"],
            QueueOutcome.Cleared => texts["Queue.Reply.Cleared"],
            _ => null,
        };
    }

    /// <summary>"Valid positions: 1–2: 1 Ana Silva, 2 Li Wei." so the chair can retry at once.</summary>
    public static string Positions(IReadOnlyList<OrderedEntry> queue, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        texts ??= Texts.English;
        if (queue.Count == 0)
        {
            return texts["Queue.Reply.NobodyWaiting"];
        }

        var shown = string.Join(texts["List.Separator"], queue.Take(20).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Position} {CardText.Plain(o.Entry.Speaker.Name)}")));
        return texts.Format(queue.Count > 20 ? "Queue.Reply.PositionsMore" : "Queue.Reply.Positions", queue.Count.ToString(CultureInfo.InvariantCulture), shown);
    }
}
