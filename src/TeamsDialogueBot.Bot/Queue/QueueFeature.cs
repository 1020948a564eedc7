using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// The speakers' list in the meeting chat (W3C Zakim vocabulary): `q+`, `q-`, `hold`, `q?` for everyone;
/// `ack`, `skip`, `move`, `remove`, `queue open|close|clear`, `policy`, `time` for the co-chairs.
/// Successful participant requests are answered by the card updating, not by a message each: 300
/// people raising hands must not become 300 chat messages.
/// </summary>
public sealed class QueueFeature(
    QueueOperations operations,
    ParticipantDirectory directory,
    QueueButtons buttons,
    ConversationOutbox outbox) : IFeature, IHelpSource
{
    public IEnumerable<CommandHelp> Commands =>
    [
        new("q+ [to say …]", "Ask for the floor (also `hand`); asking again keeps your place", ChairsOnly: false),
        new("q-", "Withdraw your request (also `lower`)", ChairsOnly: false),
        new("hold / ready", "Not ready yet: keep my place / I'm ready again", ChairsOnly: false),
        new("q?", "Show the speakers' list (also `queue`)", ChairsOnly: false),
        new("profile [room|remote] [org …] [group …]", "Set your organisation, stakeholder group and channel", ChairsOnly: false),
        new("q+ <name> [room|remote] [org …] [group …]", "Add someone to the list", ChairsOnly: true),
        new("ack [n|name]", "Give the floor to the next speaker, or to a given one (also `call`)", ChairsOnly: true),
        new("skip [n|name]", "Pass over the next speaker, or a given one", ChairsOnly: true),
        new("move <n|name> <pos>", "Move an entry to another position", ChairsOnly: true),
        new("remove <n|name>", "Take an entry off the list", ChairsOnly: true),
        new("queue open|close|clear", "Open or close the list, or empty the line", ChairsOnly: true),
        new("policy <fifo|alternate|first-time-first|groups>", "How the line is ordered", ChairsOnly: true),
        new("time <m:ss>", "Speaking time per intervention", ChairsOnly: true),
    ];

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(RequestAsync, "q+", "hand");
        router.OnCommand((t, ct) => ParticipantAsync(t, (item, c) => operations.WithdrawAsync(t.Turn, item, c), ct), "q-", "lower");
        router.OnCommand((t, ct) => ParticipantAsync(t, (item, c) => operations.HoldAsync(t.Turn, item, hold: true, c), ct), "hold");
        router.OnCommand((t, ct) => ParticipantAsync(t, (item, c) => operations.HoldAsync(t.Turn, item, hold: false, c), ct), "ready", "resume");
        router.OnCommand(QueueAsync, "q?", "queue");
        router.OnCommand(ProfileAsync, "profile");
        router.OnCommand((t, ct) => ChairAsync(t, (l, a, now) => l.Ack(a, now, QueueArguments.Target(t.Command.Arguments)), ct), "ack", "call");
        router.OnCommand((t, ct) => ChairAsync(t, (l, a, now) => l.Skip(a, now, QueueArguments.Target(t.Command.Arguments)), ct), "skip");
        router.OnCommand(MoveAsync, "move");
        router.OnCommand(RemoveAsync, "remove");
        router.OnCommand(PolicyAsync, "policy");
        router.OnCommand(TimeAsync, "time");
        buttons.Register(router);
    }

    private async Task RequestAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var request = QueueArguments.ParseRequest(command.Command.Arguments);
        if (request.Name is not null && !await directory.IsChairAsync(command.Turn, cancellationToken))
        {
            await outbox.SendTextAsync(command.Turn.Reference, Refusals.ChairsOnly("q+ <name>") + " To ask for the floor yourself, type `q+` or `q+ to say …`.", cancellationToken);
            return;
        }

        await ParticipantAsync(command, (item, ct) => operations.RequestAsync(command.Turn, item, request, ct), cancellationToken);
    }

    private async Task ParticipantAsync(
        CommandTurn command, Func<int, CancellationToken, Task<(SpeakersList List, QueueResult Result)>> operation, CancellationToken cancellationToken)
    {
        var item = await operations.CurrentItemAsync(command.Turn, cancellationToken);
        var (list, result) = await operation(item, cancellationToken);
        if (!result.Succeeded)
        {
            await SayAsync(command.Turn, QueueReplies.Explain(result, list), cancellationToken);
        }
    }

    private async Task QueueAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var word = command.Command.Arguments.Trim().ToUpperInvariant();
        Func<SpeakersList, Actor, DateTimeOffset, QueueResult>? change = word switch
        {
            "OPEN" => (l, a, now) => l.Open(a, now),
            "CLOSE" => (l, a, now) => l.Close(a, now),
            "CLEAR" => (l, a, now) => l.Clear(a, now),
            _ => null,
        };
        if (change is not null)
        {
            await ChairAsync(command, change, cancellationToken);
            return;
        }

        await operations.ShowAsync(command.Turn, await operations.CurrentItemAsync(command.Turn, cancellationToken), cancellationToken);
    }

    private async Task ProfileAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var request = QueueArguments.ParseRequest(command.Command.Arguments);
        var current = await directory.SpeakerOfAsync(command.Turn, cancellationToken);
        var profile = current with
        {
            Organisation = request.Organisation ?? current.Organisation,
            Group = request.Group is null ? current.Group
                : StakeholderGroups.TryNormalise(request.Group, StakeholderGroups.Default, out var g) ? g : request.Group,
            Channel = request.Channel ?? current.Channel,
        };
        if (profile != current)
        {
            await directory.SaveProfileAsync(command.Turn, profile, cancellationToken);
        }

        var org = profile.Organisation is { } o ? CardText.Plain(o) : "no organisation";
        await SayAsync(
            command.Turn,
            $"{CardText.Plain(profile.Name)}: {org} · {CardText.Plain(profile.Group)} · {(profile.Channel == SpeakerChannel.Room ? "in the room" : "remote")}. "
            + "Change it with `profile org … group … room|remote`.",
            cancellationToken);
    }

    private Task MoveAsync(CommandTurn command, CancellationToken cancellationToken) =>
        QueueArguments.TryParseMove(command.Command.Arguments, out var target, out var position)
            ? ChairAsync(command, (l, a, now) => l.Move(a, target, position, now), cancellationToken)
            : ChairUsageAsync(command, "Move whom where? For example `move 5 2` or `move Ana 1`.", cancellationToken);

    private Task RemoveAsync(CommandTurn command, CancellationToken cancellationToken) =>
        QueueArguments.Target(command.Command.Arguments) is { } target
            ? ChairAsync(command, (l, a, now) => l.Remove(a, target, now), cancellationToken)
            : ChairUsageAsync(command, "Remove whom? For example `remove 3` or `remove Ana`.", cancellationToken);

    private Task PolicyAsync(CommandTurn command, CancellationToken cancellationToken) =>
        OrderingPolicies.TryParse(command.Command.Arguments, out var policy)
            ? ChairAsync(command, (l, a, now) => l.SetPolicy(a, policy.Value, now), cancellationToken)
            : ChairUsageAsync(command, $"Which policy? {string.Join(", ", OrderingPolicies.CommandWords.Select(w => $"`{w}`"))}.", cancellationToken);

    private Task TimeAsync(CommandTurn command, CancellationToken cancellationToken) =>
        ClockText.TryParse(command.Command.Arguments, out var time)
            ? ChairAsync(command, (l, a, now) => l.SetSpeakingTime(a, time.Value, now), cancellationToken)
            : ChairUsageAsync(command, "How long? For example `time 3:00` or `time 2`.", cancellationToken);

    private async Task ChairAsync(CommandTurn command, Func<SpeakersList, Actor, DateTimeOffset, QueueResult> change, CancellationToken cancellationToken)
    {
        if (!await directory.IsChairAsync(command.Turn, cancellationToken))
        {
            await SayAsync(command.Turn, Refusals.ChairsOnly(Syntax(command)), cancellationToken);
            return;
        }

        var item = await operations.CurrentItemAsync(command.Turn, cancellationToken);
        var (list, result) = await operations.ChairAsync(command.Turn, item, change, cancellationToken);
        if (result.Outcome is not (QueueOutcome.FloorGiven or QueueOutcome.InterventionEnded))
        {
            await SayAsync(command.Turn, QueueReplies.Explain(result, list), cancellationToken);
        }
    }

    private async Task ChairUsageAsync(CommandTurn command, string usage, CancellationToken cancellationToken) =>
        await SayAsync(command.Turn, await directory.IsChairAsync(command.Turn, cancellationToken) ? usage : Refusals.ChairsOnly(Syntax(command)), cancellationToken);

    private static string Syntax(CommandTurn command) =>
        command.Command.Verb == "queue" ? "queue " + command.Command.Arguments.Trim().ToLowerInvariant() : command.Command.Verb;

    private async Task SayAsync(Turn turn, string? text, CancellationToken cancellationToken)
    {
        if (text is not null)
        {
            await outbox.SendTextAsync(turn.Reference, text, cancellationToken);
        }
    }
}
