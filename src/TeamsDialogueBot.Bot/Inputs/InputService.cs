using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// The inputs' one service: loads inputs and the items' windows through the turn's unit of work, changes them by the
/// domain's rules, and leaves saving to the session. Nothing here talks to Teams or writes to the database.
/// </summary>
public sealed class InputService(Programme programme)
{
    /// <summary>A new input by the caller (their Teams name and MRI kept for attribution and private replies).</summary>
    public async Task<(InputChange Change, Input? Input)> SubmitAsync(TurnContext context, InputDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Session.Inputs;
        var turn = context.Turn;
        var author = new InputAuthor(turn.UserKey, turn.UserId.Length == 0 ? null : turn.UserId, context.UserName);
        var theirs = (await inputs.AllAsync(cancellationToken)).Count(i => i.IsAuthor(author.Key) && i.State != InputState.Withdrawn);
        if (theirs >= InputLimits.PerAuthor)
        {
            return (InputChange.Of(InputOutcome.TooManyFromAuthor), null);
        }

        var id = await inputs.NextIdAsync(cancellationToken);
        var change = Input.Submit(id, author, draft, programme, await inputs.OpennessAsync(cancellationToken), context.Now, out var input);
        if (input is not null)
        {
            inputs.Add(input);
        }

        return (change, input);
    }

    /// <summary>The caller edits one of their inputs; null when there is no such input.</summary>
    public async Task<(InputChange Change, Input Input)?> EditAsync(TurnContext context, InputId id, InputDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Session.Inputs.FindAsync(id, cancellationToken) is not { } input)
        {
            return null;
        }

        var isOpen = await context.Session.Inputs.OpennessAsync(cancellationToken);
        return (input.Edit(context.Turn.UserKey, draft, programme, isOpen, context.Now), input);
    }

    public static async Task<(InputChange Change, Input Input)?> WithdrawAsync(TurnContext context, InputId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Session.Inputs.FindAsync(id, cancellationToken) is not { } input)
        {
            return null;
        }

        var isOpen = await context.Session.Inputs.OpennessAsync(cancellationToken);
        return (input.Withdraw(context.Turn.UserKey, isOpen, context.Now), input);
    }

    /// <summary>A co-chair hides or shows an input (the caller checked they are one).</summary>
    public static async Task<InputChange?> ModerateAsync(TurnContext context, InputId id, bool hide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await context.Session.Inputs.FindAsync(id, cancellationToken) is not { } input)
        {
            return null;
        }

        return hide ? input.Hide(context.Actor, context.Now) : input.Show(context.Actor, context.Now);
    }

    /// <summary>A co-chair closes or opens an item for inputs (the caller checked they are one).</summary>
    public static async Task<InputOutcome> SetOpenAsync(TurnContext context, int itemIndex, bool open, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var window = await context.Session.Inputs.WindowAsync(itemIndex, cancellationToken);
        return open ? window.Open(context.Actor, context.Now) : window.Close(context.Actor, context.Now);
    }
}
