using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot;

/// <summary>
/// The turn entry point: takes one authenticated activity, routes it, and returns the invoke response
/// (null for activities that are not invokes).
/// </summary>
public sealed partial class DialogueBot
{
    public const string CardActionInvokeName = "adaptiveCard/action";
    private readonly ActivityRouter _router = new();
    private readonly ConversationOutbox _outbox;
    private readonly IProcessedActivities _processed;
    private readonly ILogger<DialogueBot> _logger;

    public DialogueBot(IEnumerable<IFeature> features, ConversationOutbox outbox, IProcessedActivities processed, ILogger<DialogueBot> logger)
    {
        ArgumentNullException.ThrowIfNull(features);
        _outbox = outbox;
        _processed = processed;
        _logger = logger;
        foreach (var feature in features)
        {
            feature.Register(_router);
        }
    }

    public async Task<InvokeResponse?> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var turn = new Turn(activity);
        // A vote records its activity in the same write as the answer (an atomic duplicate check, and no read
        // before the turn on the rush's hot path); every other turn is checked here and recorded after it.
        var changesState = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            && !string.IsNullOrEmpty(activity.Id) && turn.ConversationId.Length > 0
            && !HandlerRecordsActivity(activity);
        if (changesState && await _processed.WasProcessedAsync(turn.ConversationId, activity.Id!, cancellationToken))
        {
            LogDuplicate(_logger, activity.Type, activity.Id);
            return activity.Type == ActivityTypes.Invoke ? InvokeResponses.From(CardActionResult.Say("Already done.")) : null;
        }

        var response = await RouteAsync(turn, cancellationToken);
        if (changesState)
        {
            await _processed.RecordAsync(turn.ConversationId, activity.Id!, cancellationToken);
        }

        return response;
    }

    private bool HandlerRecordsActivity(Activity activity)
    {
        var verb = activity.Type switch
        {
            ActivityTypes.Invoke when string.Equals(activity.Name, CardActionInvokeName, StringComparison.Ordinal) =>
                CardActionData.FromInvokeValue(activity.Value).Verb,
            ActivityTypes.Message when activity.Value is not null && MentionText.WithoutBotMention(activity).Length == 0 =>
                CardActionData.FromSubmitValue(activity.Value).Verb,
            _ => null,
        };
        return verb is not null && _router.RecordsItsOwnActivity(verb);
    }

    private async Task<InvokeResponse?> RouteAsync(Turn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, cancellationToken);
            case ActivityTypes.Event when activity.Name is { } name && _router.FindEvent(name) is { } handler:
                await handler(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate:
                foreach (var update in _router.ConversationUpdateHandlers)
                {
                    await update(turn, cancellationToken);
                }

                return null;
            default:
                return null;
        }
    }

    private async Task OnMessageAsync(Turn turn, CancellationToken cancellationToken)
    {
        var text = MentionText.WithoutBotMention(turn.Activity);
        if (text.Length == 0 && turn.Activity.Value is not null)
        {
            await OnSubmitAsync(turn, cancellationToken);
            return;
        }

        if (CommandText.Parse(text) is not { } command)
        {
            return;
        }

        var handler = _router.FindCommand(command.Verb) ?? _router.FindCommand(HelpFeature.UnknownCommandVerb);
        if (handler is not null)
        {
            LogCommand(_logger, command.Verb, turn.Activity.Id);
            await handler(new CommandTurn(turn, command), cancellationToken);
        }
    }

    private async Task OnSubmitAsync(Turn turn, CancellationToken cancellationToken)
    {
        var (verb, data) = CardActionData.FromSubmitValue(turn.Activity.Value);
        if (verb is null || _router.FindCardAction(verb) is not { } handler)
        {
            LogUnroutedAction(_logger, verb ?? "(none)", turn.Activity.Id);
            return;
        }

        var result = await handler(new CardActionTurn(turn, verb, data, IsInvoke: false, turn.Activity.ReplyToId), cancellationToken);
        // Older clients without Universal Actions can't show a private view: say refusals and messages in the chat.
        var text = result switch
        {
            CardActionResult.ShowMessage message => message.Text,
            CardActionResult.Refuse refusal => refusal.Message,
            _ => null,
        };
        if (text is not null)
        {
            await _outbox.SendTextAsync(turn.Reference, text, cancellationToken);
        }
    }

    private async Task<InvokeResponse> OnInvokeAsync(Turn turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Name, CardActionInvokeName, StringComparison.Ordinal))
        {
            return InvokeResponse.NotImplemented;
        }

        var (verb, data) = CardActionData.FromInvokeValue(turn.Activity.Value);
        if (verb is null)
        {
            return InvokeResponses.BadRequest("MissingVerb", "This card action has no verb.");
        }

        if (_router.FindCardAction(verb) is not { } handler)
        {
            LogUnroutedAction(_logger, verb, turn.Activity.Id);
            return InvokeResponses.BadRequest("UnknownAction", "This card is out of date. Ask for a fresh one.");
        }

        var result = await handler(new CardActionTurn(turn, verb, data, IsInvoke: true, turn.Activity.ReplyToId), cancellationToken);
        return InvokeResponses.From(result);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate {Type} activity {ActivityId} acknowledged without being applied again")]
    private static partial void LogDuplicate(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Verb} (activity {ActivityId})")]
    private static partial void LogCommand(ILogger logger, string verb, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No route for card action {Verb} (activity {ActivityId})")]
    private static partial void LogUnroutedAction(ILogger logger, string verb, string? activityId);
}
