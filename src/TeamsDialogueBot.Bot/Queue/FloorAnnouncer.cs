using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Says in the chat who has the floor (remote speakers by a real @mention, room speakers by name) and gives the next
/// remote speaker a private heads-up in their 1:1 chat, once per entry. Both are staged in the turn's outbox.
/// </summary>
public static class FloorAnnouncer
{
    public static async Task AnnounceAsync(TurnContext context, SpeakersList list, QueueResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Outcome == QueueOutcome.InterventionEnded && result.Ended is { } ended)
        {
            context.Outbox.Say($"Thank you, {CardText.Plain(ended.Speaker.Name)}. Nobody else is waiting.", notifyOnDrop: ChairOf(context));
            return;
        }

        if (result.Outcome != QueueOutcome.FloorGiven || result.Entry is not { } entry)
        {
            return;
        }

        var speaker = entry.Speaker;
        var allowed = ClockText.Format(list.SpeakingTime);
        var details = string.Join(", ", new[] { speaker.Organisation, speaker.Channel == SpeakerChannel.Room ? "in the room" : "remote" }
            .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => CardText.Plain(s!)));
        var topic = entry.Topic is { } t ? $" — to say: {CardText.Plain(CardText.Truncate(t, 120))}" : string.Empty;
        var mri = speaker.Channel == SpeakerChannel.Remote ? await context.Session.MriOfAsync(speaker.Id, cancellationToken) : null;
        if (mri is not null)
        {
            var tag = $"<at>{MentionName(speaker.Name)}</at>";
            var mention = Entity.Mention(new ChannelAccount { Id = mri, Name = speaker.Name }, tag);
            context.Outbox.Say($"🎙 {tag} ({details}), the floor is yours — {allowed}{topic}", [mention], ChairOf(context));
        }
        else
        {
            context.Outbox.Say($"🎙 **{CardText.Plain(speaker.Name)}** ({details}), the floor is yours — {allowed}{topic}", notifyOnDrop: ChairOf(context));
        }
    }

    /// <summary>Tells the first one waiting, if remote and on Teams, that they are next; once per entry.</summary>
    public static async Task WarnNextAsync(TurnContext context, SpeakersList list, string itemHeading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(list);
        var next = list.Queue.FirstOrDefault(o => o.Entry.State == EntryState.Waiting)?.Entry;
        if (next is null || next.HeadsUpAt is not null || next.Speaker.Channel != SpeakerChannel.Remote || next.Speaker.Id.IsTypedName
            || context.Turn.Reference.TenantId is null
            || await context.Session.MriOfAsync(next.Speaker.Id, cancellationToken) is not { } mri)
        {
            return;
        }

        list.NoteHeadsUp(next.Number, context.Now);
        context.Outbox.SendPrivately(
            mri,
            next.Speaker.Name,
            $"You are next on the speakers' list for **{CardText.Plain(itemHeading)}**. Get ready — unmute when the chair gives you the floor.");
    }

    private static string? ChairOf(TurnContext context) => context.Turn.UserId.Length == 0 ? null : context.Turn.UserId;

    // A mention's text must match the tag exactly; angle brackets in a display name would break the tag.
    private static string MentionName(string name) => name.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
}
