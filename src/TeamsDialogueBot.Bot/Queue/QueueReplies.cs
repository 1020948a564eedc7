using System.Globalization;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>What a participant or chair is told when a speakers' list operation did nothing, or did something worth saying.</summary>
public static class QueueReplies
{
    public static string? Explain(QueueResult result, SpeakersList list)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(list);
        return result.Outcome switch
        {
            QueueOutcome.QueueClosed => "The speakers' list is closed for this item. A co-chair can still add you.",
            QueueOutcome.NotWaiting => "You are not on the speakers' list.",
            QueueOutcome.NotOnHold => "You are not on hold.",
            QueueOutcome.NotFound => "There is no such entry. " + Positions(result.Candidates),
            QueueOutcome.Ambiguous => "That name matches several people; use the position. " + Positions(result.Candidates),
            QueueOutcome.InvalidPosition => "That position is outside the line. " + Positions(result.Candidates),
            QueueOutcome.NobodyWaiting => "Nobody is waiting.",
            QueueOutcome.InvalidSpeakingTime => "Speaking time must be between 0:01 and 60:00, e.g. `time 3:00`.",
            QueueOutcome.PolicyChanged => $"Policy: **{list.Policy.CommandWord()}** — {list.Policy.Describe()}",
            QueueOutcome.SpeakingTimeChanged => $"Speaking time: {ClockText.Format(list.SpeakingTime)} per speaker.",
            QueueOutcome.Opened => "The speakers' list is open.",
            QueueOutcome.Closed => "The speakers' list is closed: co-chairs can still add people, and those waiting will still be called.",
            QueueOutcome.Cleared => "The line is cleared.",
            _ => null,
        };
    }

    /// <summary>"Valid positions: 1 Ana Silva, 2 Li Wei." so the chair can retry at once.</summary>
    public static string Positions(IReadOnlyList<OrderedEntry> queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        if (queue.Count == 0)
        {
            return "Nobody is waiting.";
        }

        var shown = queue.Take(20).Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Position} {CardText.Plain(o.Entry.Speaker.Name)}"));
        var more = queue.Count > 20 ? string.Create(CultureInfo.InvariantCulture, $" … ({queue.Count} in all)") : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"Valid positions: 1–{queue.Count}: ") + string.Join(", ", shown) + more + ".";
    }
}
