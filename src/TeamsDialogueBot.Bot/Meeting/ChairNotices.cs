using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>Who is told privately about the meeting (its end, the time left): the confirmed co-chairs and the organizer.</summary>
public static class ChairNotices
{
    public static async Task<IReadOnlyList<string>> RecipientsAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Recipients(await context.Session.ChairMrisAsync(cancellationToken), context.Session.Dialogue);
    }

    public static IReadOnlyList<string> Recipients(IEnumerable<string> chairMris, Dialogue dialogue)
    {
        ArgumentNullException.ThrowIfNull(dialogue);
        var all = new List<string>(chairMris);
        if (dialogue.Meeting?.OrganizerMri is { Length: > 0 } organizer)
        {
            all.Add(organizer);
        }

        // Only Teams users ("29:…"): a 1:1 chat can't be opened with anything else.
        return [.. all.Where(m => m.StartsWith("29:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)];
    }
}
