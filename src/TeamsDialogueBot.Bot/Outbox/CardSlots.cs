using System.Globalization;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Outbox;

/// <summary>The names of card slots: "agenda", "queue/{item}", "poll/{id}".</summary>
public static class CardSlots
{
    public const string Agenda = "agenda";

    public static string Queue(int itemIndex) => "queue/" + itemIndex.ToString(CultureInfo.InvariantCulture);

    public static string Poll(PollId id) => "poll/" + id.Value;

    /// <summary>Splits "queue/3" into ("queue", "3"); a slot without a key has an empty one.</summary>
    public static (string Kind, string Key) Split(string slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var slash = slot.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? (slot, "") : (slot[..slash], slot[(slash + 1)..]);
    }
}
