using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// `inputs hide|show &lt;id&gt;`, `inputs close|open [item]` and `inputs hidden`, for the co-chairs. Anyone else is
/// refused privately (in their 1:1 chat) and nothing changes; the co-chairs' actions are answered in the chat.
/// </summary>
public sealed class InputChairCommands(Programme programme, InputFormLinks links)
{
    public async Task RunAsync(TurnContext context, InputsArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        var verb = arguments.ChairVerb!;
        if (!await context.IsChairAsync(cancellationToken))
        {
            // Said to the caller alone, so in their language.
            var own = context.PrivateTexts;
            Privately(context, Refusals.ChairsOnly("inputs " + verb, own) + " " + own["Queue.Reply.NothingWasChanged"]);
            return;
        }

        switch (verb)
        {
            case "hide" or "show":
                await ModerateAsync(context, arguments.Target, verb, cancellationToken);
                break;
            case "close" or "open":
                await SetOpenAsync(context, arguments.Target, verb, cancellationToken);
                break;
            default:
                await HiddenAsync(context, cancellationToken);
                break;
        }
    }

    private static async Task ModerateAsync(TurnContext context, string target, string verb, CancellationToken cancellationToken)
    {
        if (!InputId.TryParse(target, out var id))
        {
            context.Outbox.Say(context.SharedTexts.Format("Inputs.WhichInput", verb));
            return;
        }

        var texts = context.SharedTexts;
        var change = await InputService.ModerateAsync(context, id, verb == "hide", cancellationToken);
        context.Outbox.Say(change is null ? InputTexts.NoSuchInput(id.Value, texts) : InputTexts.ChairReply(change.Outcome, id.Value, verb, id.Value, texts));
    }

    private async Task SetOpenAsync(TurnContext context, string target, string verb, CancellationToken cancellationToken)
    {
        // Windows are per item: naming a panel ("III.2") closes or opens its item.
        var item = target.Length == 0 ? context.Session.Dialogue.CurrentItemIndex : programme.FindPosition(target)?.ItemIndex;
        if (item is not { } index || index < 0 || index >= programme.Items.Count)
        {
            context.Outbox.Say(context.SharedTexts.Format("Inputs.NoSuchItem", CardText.Plain(CardText.Truncate(target, 40)), verb));
            return;
        }

        var texts = context.SharedTexts;
        var outcome = await InputService.SetOpenAsync(context, index, verb == "open", cancellationToken);
        context.Outbox.Say(InputTexts.ChairReply(outcome, InputTexts.Heading(programme, index, texts), verb, programme.Items[index].Number, texts));
    }

    // Hidden inputs are not for everyone's eyes: the list goes to the co-chair alone.
    private async Task HiddenAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var hidden = (await context.Session.Inputs.AllAsync(cancellationToken)).Where(i => i.State == InputState.Hidden).ToList();
        if (context.Turn.UserId.Length == 0 || context.Turn.Reference.TenantId is null)
        {
            context.Outbox.Say(InputTexts.NoPrivateChat(context.SharedTexts));
            return;
        }

        var link = await links.DataAsync(context.Turn.Reference, context.Turn.UserKey);
        context.Outbox.SendCardPrivately(context.Turn.UserId, context.Turn.UserName, HiddenInputsCard.Render(programme, hidden, link, context.PrivateTexts));
    }

    private static void Privately(TurnContext context, string text)
    {
        if (context.Turn.UserId.Length > 0 && context.Turn.Reference.TenantId is not null)
        {
            context.Outbox.SendPrivately(context.Turn.UserId, context.Turn.UserName, text);
        }
        else
        {
            context.Outbox.Say(text);
        }
    }
}
