using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Diagnostics;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Protocol.Activities;
using TeamsDialogueBot.Protocol.Logging;

namespace TeamsDialogueBot.Bot;

/// <summary>
/// The turn entry point: takes one authenticated activity, finds its route and runs it — a command, a card action or
/// an event through the <see cref="TurnExecutor"/> (exactly once, with the conversation's other turns), a read-only
/// view at once, a vote through its own exactly-once write — and returns the invoke response (null for activities
/// that are not invokes).
/// </summary>
public sealed partial class DialogueBot
{
    public const string CardActionInvokeName = "adaptiveCard/action";
    private readonly ActivityRouter _router = new();
    private readonly TurnExecutor _executor;
    private readonly IChairResolver _chairs;
    private readonly BotTelemetry _telemetry;
    private readonly TimeProvider _time;
    private readonly ILogger<DialogueBot> _logger;
    private readonly ITurnPreparer[] _preparers;
    private readonly DialogueLanguage _languages;

    public DialogueBot(
        IEnumerable<IFeature> features,
        TurnExecutor executor,
        IChairResolver chairs,
        BotTelemetry telemetry,
        TimeProvider time,
        ILogger<DialogueBot> logger,
        DialogueLanguage languages,
        IEnumerable<ITurnPreparer>? preparers = null)
    {
        _languages = languages;
        ArgumentNullException.ThrowIfNull(features);
        _executor = executor;
        _chairs = chairs;
        _telemetry = telemetry;
        _time = time;
        _logger = logger;
        _preparers = [.. preparers ?? []];
        foreach (var feature in features)
        {
            feature.Register(_router);
        }
    }

    /// <summary>The routes, for `help` and for checking the manifest's command lists against them.</summary>
    public ActivityRouter Router => _router;

    public async Task<InvokeResponse?> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var started = _time.GetTimestamp();
        var kind = KindOf(activity);
        using var span = BotTelemetry.Traces.StartActivity("turn " + kind);
        span?.SetTag("tdb.turn.kind", kind);
        try
        {
            var answer = await RouteAsync(activity, cancellationToken);
            _telemetry.Turn(kind, answer is { Status: >= 400 } ? "refused" : "ok", _time.GetElapsedTime(started));
            return answer;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _telemetry.Turn(kind, "failed", _time.GetElapsedTime(started));
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            throw;
        }
    }

    private static string KindOf(Activity activity) => activity.Type switch
    {
        ActivityTypes.Message => "message",
        ActivityTypes.Invoke => "invoke",
        ActivityTypes.Event => "event",
        _ => "other",
    };

    private async Task<InvokeResponse?> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = new Turn(activity);
        if (turn.ConversationId.Length == 0)
        {
            return null;
        }

        var chair = new ChairCheck(_chairs, turn);
        var request = TurnRequest.Read(activity);
        if (request.Action is { } action)
        {
            return await OnCardActionAsync(turn, chair, action, cancellationToken);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            return InvokeResponse.NotImplemented;
        }

        if (request.Command is { } command)
        {
            await PrepareAsync(turn, request, cancellationToken);
            return await OnCommandAsync(turn, chair, command, cancellationToken);
        }

        if (activity.Type == ActivityTypes.Event && activity.Name is { } name && _router.FindEvent(name) is { } onEvent)
        {
            await PrepareAsync(turn, request, cancellationToken);
            await _executor.RunAsync(new PendingTurn(turn, chair, async (context, ct) =>
            {
                await onEvent(context, ct);
                return null;
            }));
        }

        return null;
    }

    // Before the turn queues (see ITurnPreparer); a preparer that fails leaves its handler to fall back.
    private async Task PrepareAsync(Turn turn, TurnRequest request, CancellationToken cancellationToken)
    {
        foreach (var preparer in _preparers)
        {
            try
            {
                await preparer.PrepareAsync(turn, request, cancellationToken);
            }
#pragma warning disable CA1031 // A lookup for a nicer answer must never cost the turn itself.
            // A lookup that timed out (an HttpClient timeout ends cancelled) is a failed lookup like any other; only
            // the request's own cancellation is passed on.
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
            {
                if (_logger.IsEnabled(LogLevel.Warning))
                {
                    var activityId = Protocol.Logging.LogText.Safe(turn.Activity.Id);
                    LogPrepareFailed(_logger, e, preparer.GetType().Name, activityId);
                }
            }
        }
    }

    private async Task<InvokeResponse?> OnCommandAsync(Turn turn, ChairCheck chair, CommandText command, CancellationToken cancellationToken)
    {
        var route = _router.FindCommand(command.Verb);
        var handler = route?.Handler ?? _router.UnknownCommand;
        if (handler is null)
        {
            return null;
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            var activityId = LogText.Safe(turn.Activity.Id);
            LogCommand(_logger, route?.Verb ?? "(unknown)", activityId);
        }
        if (route?.Access == Access.Chairs)
        {
            // Asked before queueing: the lookup may call Teams, and must not hold up the conversation's other turns.
            await chair.IsChairAsync(cancellationToken);
        }

        return await _executor.RunAsync(new PendingTurn(turn, chair, async (context, ct) =>
        {
            if (route?.Access == Access.Chairs && !await context.IsChairAsync(ct))
            {
                context.Outbox.Say(Refusals.ChairsOnly(RefusedSyntax(command), _languages.Shared(context.Session.Dialogue)));
                return null;
            }

            await handler(context, command, ct);
            return null;
        }));
    }

    private async Task<InvokeResponse?> OnCardActionAsync(Turn turn, ChairCheck chair, ButtonPress action, CancellationToken cancellationToken)
    {
        if (action.Verb.Length == 0)
        {
            return InvokeResponses.BadRequest("MissingVerb", Unloaded(turn)["Card.NoVerb"]);
        }

        if (_router.FindDirect(action.Verb) is { } direct)
        {
            var result = await direct(turn, action, cancellationToken);
            if (!action.IsInvoke && result is CardActionResult.ShowMessage or CardActionResult.Refuse)
            {
                // The Action.Submit fallback can't show a private view: say it in the chat, once. The vote may have
                // claimed the activity itself already, so the reply is claimed on its own.
                await _executor.RunAsync(new PendingTurn(turn, chair, (context, _) => Task.FromResult(Answer(action, result, context)), claimSuffix: "#reply"));
            }

            return Answer(action, result, null);
        }

        if (_router.FindQuery(action.Verb) is { } query)
        {
            return Answer(action, await query(new QueryTurn(turn, chair), action, cancellationToken), null);
        }

        if (_router.FindCardAction(action.Verb) is not { } route)
        {
            LogUnroutedAction(_logger, LogText.Safe(action.Verb, 60), LogText.Safe(turn.Activity.Id));
            return action.IsInvoke ? InvokeResponses.BadRequest("UnknownAction", Unloaded(turn)["Card.OutOfDate"]) : null;
        }

        if (route.Target is { } target)
        {
            if (await target(turn, action, cancellationToken) is not { } acting)
            {
                LogNoTarget(_logger, LogText.Safe(action.Verb, 60), LogText.Safe(turn.Activity.Id));
                return action.IsInvoke ? InvokeResponses.BadRequest("UnknownConversation", Unloaded(turn)["Card.OutOfDate"]) : null;
            }

            turn = acting;
            chair = new ChairCheck(_chairs, turn);
        }

        if (route.Access == Access.Chairs)
        {
            await chair.IsChairAsync(cancellationToken);
        }

        var answer = await _executor.RunAsync(new PendingTurn(turn, chair, async (context, ct) =>
        {
            var result = route.Access == Access.Chairs && !await context.IsChairAsync(ct)
                ? Refusals.ChairsOnlyButton(_languages.Private(context.Turn.Activity, context.Session.Dialogue))
                : await route.Handler(context, action, ct);
            return Answer(action, result, context);
        }));
        // A copy of an invoke whose first delivery left no answer to repeat.
        return answer ?? (action.IsInvoke ? InvokeResponses.From(CardActionResult.Say(Unloaded(turn)["Card.AlreadyDone"])) : null);
    }

    // The presser's own language for answers given before (or without) loading the dialogue: their Teams locale, which
    // Teams nearly always sends, else Dialogue:Language. Reading the dialogue only for these rare refusals is not worth it.
    private Texts Unloaded(Turn turn) => _languages.Private(turn.Activity, null);

    // Invokes show the result to the presser alone. Older clients without Universal Actions (Action.Submit) can't
    // show a private view: refusals and messages are said in the chat instead.
    private static InvokeResponse? Answer(ButtonPress action, CardActionResult result, TurnContext? context)
    {
        if (action.IsInvoke)
        {
            return InvokeResponses.From(result);
        }

        if (result is CardActionResult.ShowCard shown && context is not null && context.Turn.ActsElsewhere && context.Turn.UserId.Length > 0)
        {
            // A private card (the 1:1 input form) pressed on such a client: it can't replace the card, so the presser's
            // view (their saved input, with Edit and Withdraw) comes as a new card in that 1:1 chat. Cards in the meeting
            // chat are not answered so: their shared card is updated for everyone anyway.
            context.Outbox.SendCardPrivately(context.Turn.UserId, context.Turn.UserName, shown.Card);
            return null;
        }

        var text = result switch
        {
            CardActionResult.ShowMessage message => message.Text,
            CardActionResult.Refuse refusal => refusal.Message,
            _ => null,
        };
        if (text is not null && context is not null)
        {
            // A turn acting on a meeting from the 1:1 chat answers where it was asked, never in the meeting chat.
            if (context.Turn.ActsElsewhere && context.Turn.UserId.Length > 0)
            {
                context.Outbox.SendPrivately(context.Turn.UserId, context.Turn.UserName, text);
            }
            else
            {
                context.Outbox.Say(text);
            }
        }

        return null;
    }

    private static string RefusedSyntax(CommandText command) =>
        command.Verb is "queue" or "poll" && command.Arguments.Length > 0
            ? command.Verb + " " + command.Arguments.Split(' ', 2)[0].ToLowerInvariant()
            : command.Verb;

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Verb} (activity {ActivityId})")]
    private static partial void LogCommand(ILogger logger, string verb, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action {Verb} refused: its card names no conversation the caller may act on (activity {ActivityId})")]
    private static partial void LogNoTarget(ILogger logger, string verb, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Preparer} failed before activity {ActivityId}; its handler falls back")]
    private static partial void LogPrepareFailed(ILogger logger, Exception exception, string preparer, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No route for card action {Verb} (activity {ActivityId})")]
    private static partial void LogUnroutedAction(ILogger logger, string verb, string? activityId);
}
