using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>What an activity asks, read once per turn: a chat command, or a card action (Action.Execute or the Action.Submit fallback).</summary>
public sealed record TurnRequest(CommandText? Command, ButtonPress? Action)
{
    public static TurnRequest Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Invoke)
        {
            if (!string.Equals(activity.Name, DialogueBot.CardActionInvokeName, StringComparison.Ordinal))
            {
                return new TurnRequest(null, null);
            }

            if (activity.Value is not { ValueKind: System.Text.Json.JsonValueKind.Object } value
                || !value.TryGetProperty("action", out var action) || action.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return new TurnRequest(null, null);
            }

            var (verb, data) = CardActionData.FromInvokeValue(activity.Value);
            return new TurnRequest(null, new ButtonPress(verb ?? "", data, IsInvoke: true, activity.ReplyToId));
        }

        if (activity.Type != ActivityTypes.Message)
        {
            return new TurnRequest(null, null);
        }

        var text = MentionText.WithoutBotMention(activity);
        if (text.Length == 0 && activity.Value is not null)
        {
            var (verb, data) = CardActionData.FromSubmitValue(activity.Value);
            return verb is null ? new TurnRequest(null, null) : new TurnRequest(null, new ButtonPress(verb, data, IsInvoke: false, activity.ReplyToId));
        }

        return new TurnRequest(CommandText.Parse(text), null);
    }
}
