using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// Inputs on related activities: `input` sends the caller a private form (in the meeting chat nothing is posted per
/// person); `inputs [item|q&lt;n&gt;] [page]` posts the visible ones, paged; co-chairs hide, show, close and open.
/// The form's buttons live in <see cref="InputButtons"/>, the co-chairs' commands in <see cref="InputChairCommands"/>.
/// </summary>
public sealed class InputsFeature(Programme programme, InputFormLinks links, InputButtons buttons, InputChairCommands chairs, IPollStore polls) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["input"], Access.Everyone,
            [new("input", "Share an input on related activities: a private form for you alone", Access.Everyone)],
            FormAsync);
        router.OnCommand(["inputs"], Access.Everyone,
            [new("inputs [item|q<n>] [page]", "The inputs shared so far, by guiding question (open-text poll answers too)", Access.Everyone),
             new("inputs hide|show <id>", "Hide an input from cards and the report (kept in the audit trail), or show it again", Access.Chairs),
             new("inputs close|open [item]", "Stop or resume inputs on an item: no new inputs, edits or withdrawals", Access.Chairs),
             new("inputs hidden", "The hidden inputs, privately, to show them again", Access.Chairs)],
            InputsAsync);
        buttons.Register(router);
    }

    private async Task FormAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (turn.Reference.ConversationType == "personal")
        {
            context.Outbox.Say(InputTexts.UseMeetingChat(context.PrivateTexts));
            return;
        }

        if (turn.UserId.Length == 0 || turn.Reference.TenantId is null)
        {
            context.Outbox.Say(InputTexts.NoPrivateChat(context.SharedTexts));
            return;
        }

        // The form goes to the caller's 1:1 chat: nothing per person lands in the meeting chat, not even a line. It is
        // theirs alone, so it is in their own language.
        var (me, _) = await Participants.SpeakerOfAsync(context, cancellationToken);
        var position = context.Session.Dialogue.PositionIn(programme);
        var values = new InputDraft { Organisation = me.Organisation, ItemIndex = position.ItemIndex, Panel = position.Panel };
        var card = InputFormCard.Render(
            programme, values, [], await context.Session.Inputs.OpennessAsync(cancellationToken), await links.DataAsync(turn.Reference, turn.UserKey), null, context.PrivateTexts);
        context.Outbox.SendCardPrivately(turn.UserId, turn.UserName, card);
    }

    private async Task InputsAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var arguments = InputsArguments.Parse(command.Arguments, programme);
        if (arguments.ChairVerb is not null)
        {
            await chairs.RunAsync(context, arguments, cancellationToken);
            return;
        }

        if (arguments.Unknown is { } unknown)
        {
            context.Outbox.Say(context.SharedTexts.Format("Inputs.UnknownFilter", CardText.Plain(CardText.Truncate(unknown, 40))));
            return;
        }

        var entries = InputEntries.From(
            await context.Session.Inputs.AllAsync(cancellationToken), await OpenTextAnswersAsync(context, cancellationToken), arguments.Filter);
        var texts = context.SharedTexts;
        var pages = InputsCard.Pages(programme, entries, Scope(arguments.Filter, texts), arguments.Command, texts);
        if (arguments.Page > pages.Count)
        {
            context.Outbox.Say(pages.Count == 1 ? texts["Inputs.OnlyOnePage"] : texts.Format("Inputs.LastPage", pages.Count, arguments.Command));
            return;
        }

        context.Outbox.Post(pages[arguments.Page - 1]);
    }

    private async Task<List<(Poll Poll, IReadOnlyList<AnswerGroup> Answers)>> OpenTextAnswersAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var answers = new List<(Poll, IReadOnlyList<AnswerGroup>)>();
        foreach (var poll in (await context.Session.PollsAsync(cancellationToken)).Where(p => p.Kind == PollKind.OpenText && p.ShowsResults))
        {
            answers.Add((poll, await polls.AnswerGroupsAsync(context.Session.ConversationId, poll.Id, cancellationToken)));
        }

        return answers;
    }

    private string Scope(InputFilter filter, Texts texts) =>
        filter.ItemIndex is { } item ? InputTexts.Heading(programme, new AgendaPosition(item, filter.Panel ?? 0), texts)
        : filter.GuidingQuestion is { } question ? texts.Format("Inputs.Scope.Question", question)
        : texts["Inputs.Scope.All"];
}
