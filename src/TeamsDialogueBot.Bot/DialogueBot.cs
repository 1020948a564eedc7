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
        var request = Request.Read(activity);
        // A vote records its activity in the same write as the answer (an atomic duplicate check, and no read
        // before the turn on the rush's hot path); every other turn is checked here and recorded after it.
        var changesState = activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            && !string.IsNullOrEmpty(activity.Id) && turn.ConversationId.Length > 0
            && !(request.Verb is { } verb && _router.RecordsItsOwnActivity(verb));
        if (changesState && await _processed.WasProcessedAsync(turn.ConversationId, activity.Id!, cancellationToken))
        {
            LogDuplicate(_logger, activity.Type, activity.Id);
            return activity.Type == ActivityTypes.Invoke ? InvokeResponses.From(CardActionResult.Say("Already done.")) : null;
        }

        var response = await RouteAsync(turn, request, cancellationToken);
        if (changesState)
        {
            await _processed.RecordAsync(turn.ConversationId, activity.Id!, cancellationToken);
        }

        return response;
    }

    private async Task<InvokeResponse?> RouteAsync(Turn turn, Request request, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, request, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, request, cancellationToken);
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

    private async Task OnMessageAsync(Turn turn, Request request, CancellationToken cancellationToken)
    {
        if (request.Data is not null)
        {
            await OnSubmitAsync(turn, request.Verb, request.Data, cancellationToken);
            return;
        }

        if (CommandText.Parse(request.Text) is not { } command)
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

    private async Task OnSubmitAsync(Turn turn, string? verb, IReadOnlyDictionary<string, string?> data, CancellationToken cancellationToken)
    {
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

    private async Task<InvokeResponse> OnInvokeAsync(Turn turn, Request request, CancellationToken cancellationToken)
    {
        if (request.Data is not { } data)
        {
            return InvokeResponse.NotImplemented;
        }

        if (request.Verb is not { } verb)
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

    /// <summary>
    /// What an activity asks, read once per turn: the command text of a message, or the verb and data of a card
    /// action (Data is null when the activity is not one).
    /// </summary>
    private readonly record struct Request(string Text, string? Verb, IReadOnlyDictionary<string, string?>? Data)
    {
        public static Request Read(Activity activity)
        {
            if (activity.Type == ActivityTypes.Invoke)
            {
                var (verb, data) = string.Equals(activity.Name, CardActionInvokeName, StringComparison.Ordinal)
                    ? CardActionData.FromInvokeValue(activity.Value)
                    : (null, null);
                return new Request("", verb, data);
            }

            if (activity.Type != ActivityTypes.Message)
            {
                return new Request("", null, null);
            }

            var text = MentionText.WithoutBotMention(activity);
            if (text.Length == 0 && activity.Value is not null)
            {
                var (verb, data) = CardActionData.FromSubmitValue(activity.Value);
                return new Request(text, verb, data);
            }

            return new Request(text, null, null);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate {Type} activity {ActivityId} acknowledged without being applied again")]
    private static partial void LogDuplicate(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Command {Verb} (activity {ActivityId})")]
    private static partial void LogCommand(ILogger logger, string verb, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No route for card action {Verb} (activity {ActivityId})")]
    private static partial void LogUnroutedAction(ILogger logger, string verb, string? activityId);
}
