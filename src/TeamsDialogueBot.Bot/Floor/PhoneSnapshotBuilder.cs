using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>The floor pages' snapshot as a pure function of the dialogue's state.</summary>
public static class PhoneSnapshotBuilder
{
    public static PhoneSnapshot Build(Programme programme, AgendaPosition position, SpeakersList? list, FloorLink link, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(link);

        // The room display's own view of the floor and the item, so the phone shows nothing the screen doesn't.
        var display = DisplaySnapshotBuilder.Build(programme, position, list, null, null, now);
        var queue = list?.Queue ?? [];
        var waits = list is null ? [] : WaitEstimate.Compute(queue, list.SpeakingTime, list.Current, now);
        var phones = queue
            .Select((o, i) => (Ordered: o, Wait: waits[i]))
            .Where(x => x.Ordered.Entry.Speaker.Id.IsPhone)
            .Select(x => new PhonePlace(
                KeyOf(x.Ordered.Entry.Speaker.Id),
                x.Ordered.Position,
                x.Wait is { } w ? (int)Math.Round(w.TotalSeconds) : null,
                x.Ordered.Entry.State == EntryState.OnHold))
            .ToList();
        var listOpen = list?.IsOpen ?? true;
        return new PhoneSnapshot(
            display.TextLanguage,
            display.TextDirection,
            display.Item is { } item ? item.Number + ". " + item.Title : null,
            link.IsOn && listOpen,
            link.IsOn,
            listOpen,
            display.Floor,
            list?.Current is { } current && current.Speaker.Id.IsPhone ? KeyOf(current.Speaker.Id) : null,
            queue.Count,
            phones,
            now);
    }

    private static string KeyOf(ParticipantId phone) => FloorTokens.KeyOf(phone.Value["phone:".Length..]);
}
