using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>The names of card slots: "agenda", "queue/{item}" or "queue/{item}.{panel}", "poll/{id}", "results/{id}".</summary>
public static class CardSlots
{
    public const string Agenda = "agenda";

    public static string Queue(AgendaPosition position) => "queue/" + PositionKey.Of(position);

    public static string Poll(PollId id) => "poll/" + id.Value;

    /// <summary>Splits "queue/3" into ("queue", "3"); a slot without a key has an empty one.</summary>
    public static (string Kind, string Key) Split(string slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var slash = slot.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (slot, "") : (slot[..slash], slot[(slash + 1)..]);
    }
}
