using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Teams' meeting events: the actual start (the agenda card is posted if the chat has none) and end (open polls and
/// speakers' lists close, the chairs hear that the report is ready), and participants joining and leaving (the online
/// roster). Each event is a turn like a command: a redelivered event is claimed already and changes nothing.
/// </summary>
public sealed class MeetingFeature(IOptions<DialogueOptions> options, MeetingDetailsCache details) : IFeature
{
    /// <summary>Who closes polls and lists when the meeting ends, as their audit trails name it.</summary>
    public static readonly Actor MeetingEnd = new("teams:meetingEnd", "Teams (the meeting ended)");

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnEvent(MeetingEvents.Start, StartAsync);
        router.OnEvent(MeetingEvents.End, EndAsync);
        router.OnEvent(MeetingEvents.ParticipantJoin, (c, _) => RosterAsync(c, online: true));
        router.OnEvent(MeetingEvents.ParticipantLeave, (c, _) => RosterAsync(c, online: false));
    }

    private Task StartAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Turn.Activity;
        var at = MeetingEventValue.Time(activity.Value, "StartTime") ?? activity.Timestamp ?? context.Now;
        var started = context.Session.Dialogue.RecordMeetingStart(at);
        KeepDetails(context);

        // Show: updates the agenda card the chat has, or posts one when it has none. Not for a start that arrives after
        // its own end (events out of order): the meeting is over, and an agenda card then only puzzles the chat.
        if (started && context.Session.Dialogue.Meeting is { IsRunning: true } && options.Value.PostAgendaAtStart)
        {
            context.Outbox.Show(CardSlots.Agenda);
        }

        return Task.CompletedTask;
    }

    private async Task EndAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var activity = context.Turn.Activity;
        var at = MeetingEventValue.Time(activity.Value, "EndTime") ?? activity.Timestamp ?? context.Now;
        var session = context.Session;
        KeepDetails(context);
        if (!session.Dialogue.RecordMeetingEnd(at))
        {
            return;
        }

        session.Roster.Ended(at);
        foreach (var poll in (await session.PollsAsync(cancellationToken)).Where(p => p.IsOpen).ToList())
        {
            await PollService.TransitionAsync(context, new PollCommand(PollCommandKind.Close) { Target = poll.Id }, cancellationToken);
        }

        foreach (var position in await session.StoredListPositionsAsync(cancellationToken))
        {
            var list = await session.ListAsync(position, cancellationToken);
            if (list.IsOpen || list.Current is not null)
            {
                await SpeakersListService.ChangeAsync(context, position, l => l.Leave(MeetingEnd, context.Now), cancellationToken);
            }
        }

        // The chairs may not have written since, so no locale of theirs is known: the dialogue's language.
        var notice = context.SharedTexts["Meeting.Ended"];
        var chairs = await ChairNotices.RecipientsAsync(context, cancellationToken);
        if (chairs.Count == 0 || context.Turn.Reference.TenantId is null)
        {
            // Nobody to tell privately (no chair has acted yet and the organizer is unknown): the chat hears it instead.
            context.Outbox.Say(notice);
            return;
        }

        foreach (var chair in chairs)
        {
            context.Outbox.SendPrivately(chair, null, notice);
        }
    }

    private Task RosterAsync(TurnContext context, bool online)
    {
        var activity = context.Turn.Activity;
        foreach (var member in MeetingEventValue.Members(activity.Value))
        {
            var at = member.At ?? activity.Timestamp ?? context.Now;
            var id = new ParticipantId(member.Key);
            if (online)
            {
                context.Session.Roster.Joined(id, member.Mri, at);
            }
            else
            {
                context.Session.Roster.Left(id, member.Mri, at);
            }
        }

        KeepDetails(context);
        return Task.CompletedTask;
    }

    // The details read before this turn queued (MeetingDetailsCache), kept on the dialogue when they say something new.
    private void KeepDetails(TurnContext context)
    {
        if (details.Peek(context.Turn.Reference.MeetingId) is { } known)
        {
            context.Session.Dialogue.CacheMeetingDetails(known, context.Now);
        }
    }
}
