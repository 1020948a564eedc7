using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>`poll …` for the co-chairs and the poll card's vote button (open-text answers are listed by `inputs`, see Inputs).</summary>
public sealed class PollsFeature(PollService polls, PollVoting voting) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["poll"], Access.Chairs,
            [new("poll q<n> [anonymous] [hidden]", "Poll guiding question n of the programme", Access.Chairs),
             new("poll \"Question?\" \"A\" \"B\" [multi] [anonymous] [hidden]", "An ad hoc poll (also rating, text, ranking, max=N)", Access.Chairs),
             new("poll close|reveal|results [p<n>]", "Close a poll, reveal a hidden one, or post its results", Access.Chairs)],
            PollAsync);
        router.OnDirectCardAction(PollCard.VoteVerb, voting.VoteAsync);
    }

    private async Task PollAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var parsed = PollCommand.Parse(command.Arguments);
        if (!parsed.IsSuccess)
        {
            context.Outbox.Say(PollErrorTexts.Explain(parsed.Error, null, context.SharedTexts));
            return;
        }

        var error = parsed.Value.Kind switch
        {
            PollCommandKind.LaunchGuidingQuestion => await polls.LaunchGuidingQuestionAsync(context, parsed.Value, cancellationToken),
            PollCommandKind.LaunchAdHoc => await PollService.LaunchAdHocAsync(context, parsed.Value.Spec!, cancellationToken),
            _ => await PollService.TransitionAsync(context, parsed.Value, cancellationToken),
        };

        // Poll errors never echo what was typed (see PollError), so they need no escaping. The chat reads them: the
        // dialogue's language, as every reply said in the chat.
        if (error is not null)
        {
            context.Outbox.Say(PollErrorTexts.Explain(error, null, context.SharedTexts, command: parsed.Value.Kind));
        }
    }
}
