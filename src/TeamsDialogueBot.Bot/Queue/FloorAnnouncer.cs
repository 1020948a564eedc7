using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Says in the chat who has the floor (remote speakers by a real @mention, room speakers by name) and gives the next
/// remote speaker a private heads-up in their 1:1 chat, once per entry. Both are staged in the turn's outbox. The chat
/// hears it in the dialogue's language; the heads-up is in the language the speaker asked for the floor in.
/// </summary>
public static class FloorAnnouncer
{
    public static async Task AnnounceAsync(TurnContext context, SpeakersList list, QueueResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(result);
        var texts = context.SharedTexts;
        if (result.Outcome == QueueOutcome.InterventionEnded && result.Ended is { } ended)
        {
            context.Outbox.Say(texts.Format("Queue.ThankYou", CardText.Plain(ended.Speaker.Name)), notifyOnDrop: ChairOf(context));
            return;
        }

        if (result.Outcome != QueueOutcome.FloorGiven || result.Entry is not { } entry)
        {
            return;
        }

        var speaker = entry.Speaker;
        var allowed = ClockText.Format(list.SpeakingTime);
        var channel = texts[speaker.Channel == SpeakerChannel.Room ? "Queue.InTheRoom" : "Queue.Remote"];
        var details = string.IsNullOrWhiteSpace(speaker.Organisation) ? channel : CardText.Plain(speaker.Organisation) + texts["List.Separator"] + channel;
        string FloorIsYours(string who) => entry.Topic is { } t
            ? texts.Format("Queue.FloorIsYoursTopic", who, details, allowed, CardText.Plain(CardText.Truncate(t, 120)))
            : texts.Format("Queue.FloorIsYours", who, details, allowed);
        var mri = speaker.Channel == SpeakerChannel.Remote ? await context.Session.MriOfAsync(speaker.Id, cancellationToken) : null;
        if (mri is not null)
        {
            var tag = $"<at>{MentionName(speaker.Name)}</at>";
            var mention = Entity.Mention(new ChannelAccount { Id = mri, Name = speaker.Name }, tag);
            context.Outbox.Say(FloorIsYours(tag), [mention], ChairOf(context));
        }
        else
        {
            context.Outbox.Say(FloorIsYours($"**{CardText.Plain(speaker.Name)}**"), notifyOnDrop: ChairOf(context));
        }
    }

    /// <summary>Tells the first one waiting, if remote and on Teams, that they are next; once per entry.</summary>
    /// <param name="headingIn">The item's heading in a language (the programme's translation into it where it has one).</param>
    public static async Task WarnNextAsync(TurnContext context, SpeakersList list, Func<string, string> headingIn, CancellationToken cancellationToken)
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

        ArgumentNullException.ThrowIfNull(headingIn);
        list.NoteHeadsUp(next.Number, context.Now);
        var texts = Texts.For(next.Language ?? context.SharedTexts.Language);
        context.Outbox.SendPrivately(
            mri,
            next.Speaker.Name,
            texts.Format("Queue.HeadsUp", CardText.Plain(headingIn(texts.Language))));
    }

    private static string? ChairOf(TurnContext context) => context.Turn.UserId.Length == 0 ? null : context.Turn.UserId;

    // A mention's text must match the tag exactly; angle brackets in a display name would break the tag.
    private static string MentionName(string name) => name.Replace("<", "", StringComparison.Ordinal).Replace(">", "", StringComparison.Ordinal);
}
