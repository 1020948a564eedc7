using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The speakers' list in the meeting chat (W3C Zakim vocabulary): `q+`, `q-`, `hold`, `q?` for everyone; `ack`, `skip`,
/// `move`, `remove`, `queue open|close|clear`, `policy`, `time` for the co-chairs. Successful participant requests are
/// answered by the card updating, not by a message each: 300 people raising hands must not become 300 chat messages.
/// </summary>
public sealed class QueueFeature(SpeakersListService lists, QueueButtons buttons) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["q+", "hand"], Access.Everyone,
            [new("q+ [to say …]", "Ask for the floor (also `hand`); asking again keeps your place", Access.Everyone),
             new("q+ <name|@name> [room|remote] [org …] [group …]", "Add someone to the list (an @mention enters that Teams user)", Access.Chairs)],
            RequestAsync);
        router.OnCommand(["q-", "lower"], Access.Everyone, [new("q-", "Withdraw your request (also `lower`)", Access.Everyone)],
            (c, _, ct) => ParticipantAsync(c, (l, me) => l.Withdraw(me), ct));
        router.OnCommand(["hold"], Access.Everyone, [new("hold / ready", "Not ready yet: keep my place / I'm ready again", Access.Everyone)],
            (c, _, ct) => ParticipantAsync(c, (l, me) => l.Hold(me), ct));
        router.OnCommand(["ready", "resume"], Access.Everyone, [], (c, _, ct) => ParticipantAsync(c, (l, me) => l.Resume(me), ct));
        router.OnCommand(["q?", "queue"], Access.Everyone,
            [new("q?", "Show the speakers' list (also `queue`)", Access.Everyone),
             new("queue open|close|clear", "Open or close the list, or empty the line", Access.Chairs)],
            QueueAsync);
        router.OnCommand(["profile"], Access.Everyone,
            [new("profile [room|remote] [org …] [group …]", "Set your organisation, stakeholder group and channel", Access.Everyone)],
            ProfileAsync);
        router.OnCommand(["ack", "call"], Access.Chairs, [new("ack [n|name|@name]", "Give the floor to the next speaker, or to a given one (also `call`)", Access.Chairs)],
            (c, cmd, ct) => ChairAsync(c, (l, a, now) => l.Ack(a, now, MentionedParticipants.Target(c.Turn, l, cmd.Arguments)), ct));
        router.OnCommand(["skip"], Access.Chairs, [new("skip [n|name|@name]", "Pass over the next speaker, or a given one", Access.Chairs)],
            (c, cmd, ct) => ChairAsync(c, (l, a, now) => l.Skip(a, now, MentionedParticipants.EntryTarget(c.Turn, l, cmd.Arguments)), ct));
        router.OnCommand(["move"], Access.Chairs, [new("move <n|name|@name> <pos>", "Move an entry to another position", Access.Chairs)], MoveAsync);
        router.OnCommand(["remove"], Access.Chairs, [new("remove <n|name|@name>", "Take an entry off the list", Access.Chairs)], RemoveAsync);
        router.OnCommand(["policy"], Access.Chairs, [new("policy <fifo|alternate|first-time-first|groups>", "How the line is ordered", Access.Chairs)], PolicyAsync);
        router.OnCommand(["time"], Access.Chairs, [new("time <m:ss>", "Speaking time per intervention", Access.Chairs)], TimeAsync);
        buttons.Register(router);
    }

    private async Task RequestAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var (mention, arguments) = MentionedParticipants.Take(context.Turn.Activity, command.Arguments);
        var request = QueueArguments.ParseRequest(arguments);
        var texts = context.SharedTexts;
        if ((QueueArguments.Problem(request, texts) ?? lists.UnknownGuidingQuestion(request.GuidingQuestion, texts)) is { } problem)
        {
            context.Outbox.Say(problem + " " + texts["Queue.Reply.NothingWasChanged"]);
            return;
        }

        if (mention is not null)
        {
            await MentionedParticipants.RequestAsync(context, mention, request, cancellationToken);
            return;
        }

        if (request.Name is null)
        {
            var (me, stored) = await Participants.SpeakerOfAsync(context, cancellationToken);
            var speaker = me with
            {
                Channel = request.Channel ?? me.Channel,
                Organisation = request.Organisation ?? me.Organisation,
                Group = request.Group is null ? me.Group : GroupOf(request.Group, StakeholderGroups.Default),
            };
            if (!stored)
            {
                Participants.Remember(context, me);
            }

            await ParticipantAsync(context, (l, id) => NotingLanguage(context, l, id, l.Request(speaker, request.Topic, request.GuidingQuestion, context.Now)), cancellationToken);
            return;
        }

        if (!await context.IsChairAsync(cancellationToken))
        {
            context.Outbox.Say(Refusals.ChairsOnly("q+ <name>", texts) + " " + texts["Queue.Reply.AskYourself"]);
            return;
        }

        await ParticipantAsync(context, (l, _) => l.Request(
            new Speaker(ParticipantId.ForTypedName(request.Name), request.Name, request.Organisation, GroupOf(request.Group, l.Groups), request.Channel ?? SpeakerChannel.Room),
            request.Topic,
            request.GuidingQuestion,
            context.Now,
            context.Actor), cancellationToken);
    }

    private static async Task ParticipantAsync(TurnContext context, Func<SpeakersList, ParticipantId, QueueResult> change, CancellationToken cancellationToken)
    {
        var me = Participants.IdOf(context.Turn);
        var (list, result) = await SpeakersListService.ChangeAsync(context, context.Session.CurrentPosition, l => change(l, me), cancellationToken);
        if (!result.Succeeded && QueueReplies.Explain(result, list, context.SharedTexts) is { } explanation)
        {
            context.Outbox.Say(explanation);
        }
    }

    /// <summary>
    /// A participant's own request remembers the language of their Teams locale, so their heads-up ("you are next")
    /// reaches them in it; a locale the bot lacks leaves it to the dialogue's language.
    /// </summary>
    internal static QueueResult NotingLanguage(TurnContext context, SpeakersList list, ParticipantId me, QueueResult result)
    {
        if (result.Succeeded && Domain.Languages.UnLanguages.Normalise(context.Turn.Activity.Locale) is { } language)
        {
            list.NoteLanguage(me, language);
        }

        return result;
    }

    private async Task QueueAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var word = command.Arguments.Trim().ToUpperInvariant();
        Func<SpeakersList, Actor, DateTimeOffset, QueueResult>? change = word switch
        {
            "OPEN" => (l, a, now) => l.Open(a, now),
            "CLOSE" => (l, a, now) => l.Close(a, now),
            "CLEAR" => (l, a, now) => l.Clear(a, now),
            _ => null,
        };
        if (change is null)
        {
            SpeakersListService.Repost(context, context.Session.CurrentPosition);
            return;
        }

        if (!await context.IsChairAsync(cancellationToken))
        {
            context.Outbox.Say(Refusals.ChairsOnly("queue " + word.ToLowerInvariant(), context.SharedTexts));
            return;
        }

        await ChairAsync(context, change, cancellationToken);
    }

    private static async Task ProfileAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var request = QueueArguments.ParseRequest(command.Arguments);
        var texts = context.SharedTexts;
        if (QueueArguments.Problem(request, texts) is { } problem)
        {
            context.Outbox.Say(problem + " " + texts["Queue.Reply.ProfileNotChanged"]);
            return;
        }

        var (current, stored) = await Participants.SpeakerOfAsync(context, cancellationToken);
        var profile = current with
        {
            Organisation = request.Organisation ?? current.Organisation,
            Group = request.Group is null ? current.Group : GroupOf(request.Group, StakeholderGroups.Default),
            Channel = request.Channel ?? current.Channel,
        };
        if (profile != current || !stored)
        {
            Participants.Remember(context, profile);
        }

        // As the card's Save does: someone already in the current item's line keeps their place and shows the new
        // details at once. Compared with the entry, not the stored profile (a `q+ room` changes the entry alone);
        // the card is updated only if the entry changed.
        await SpeakersListService.ChangeAsync(context, context.Session.CurrentPosition, l => l.CorrectSpeaker(profile), cancellationToken);

        var org = profile.Organisation is { } o ? CardText.Plain(o) : texts["Queue.Reply.NoOrganisation"];
        var channel = texts[profile.Channel == SpeakerChannel.Room ? "Queue.InTheRoom" : "Queue.Remote"];
        context.Outbox.Say(texts.Format("Queue.Reply.Profile", CardText.Plain(profile.Name), org, CardText.Plain(profile.Group), channel));
    }

    private Task MoveAsync(TurnContext context, CommandText command, CancellationToken cancellationToken) =>
        QueueArguments.TryParseMove(command.Arguments, out var target, out var position)
            ? ChairAsync(context, (l, a, now) => l.Move(a, MentionedParticipants.EntryTarget(context.Turn, l, target) ?? target, position, now), cancellationToken)
            : Say(context, context.SharedTexts["Queue.Reply.MoveWhom"]);

    private Task RemoveAsync(TurnContext context, CommandText command, CancellationToken cancellationToken) =>
        QueueArguments.Target(command.Arguments) is { } target
            ? ChairAsync(context, (l, a, now) => l.Remove(a, MentionedParticipants.EntryTarget(context.Turn, l, command.Arguments) ?? target, now), cancellationToken)
            : Say(context, context.SharedTexts["Queue.Reply.RemoveWhom"]);

    private Task PolicyAsync(TurnContext context, CommandText command, CancellationToken cancellationToken) =>
        OrderingPolicies.TryParse(command.Arguments, out var policy)
            ? ChairAsync(context, (l, a, now) => l.SetPolicy(a, policy.Value, now), cancellationToken)
            : Say(context, context.SharedTexts.Format("Queue.Reply.WhichPolicy", string.Join(", ", OrderingPolicies.CommandWords.Select(w => $"`{w}`"))));

    private Task TimeAsync(TurnContext context, CommandText command, CancellationToken cancellationToken) =>
        ClockText.TryParse(command.Arguments, out var time)
            ? ChairAsync(context, (l, a, now) => l.SetSpeakingTime(a, time.Value, now), cancellationToken)
            : Say(context, context.SharedTexts["Queue.Reply.HowLong"]);

    private async Task ChairAsync(TurnContext context, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        var (list, result) = await lists.ChairAsync(context, context.Session.CurrentPosition, change, cancellationToken);
        if (result.Outcome is not (QueueOutcome.FloorGiven or QueueOutcome.InterventionEnded) && QueueReplies.Explain(result, list, context.SharedTexts) is { } text)
        {
            context.Outbox.Say(text);
        }
    }

    private static Task Say(TurnContext context, string text)
    {
        context.Outbox.Say(text);
        return Task.CompletedTask;
    }

    internal static string GroupOf(string? typed, IReadOnlyList<string> groups) =>
        StakeholderGroups.TryNormalise(typed, groups, out var group) ? group
        : string.IsNullOrWhiteSpace(typed) ? StakeholderGroups.Other : typed.Trim();
}
