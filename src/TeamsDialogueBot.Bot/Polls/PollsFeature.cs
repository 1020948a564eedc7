using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>`poll …` for the co-chairs, `inputs` for everyone, and the poll card's vote button.</summary>
public sealed class PollsFeature(PollService polls, PollVoting voting, IPollStore store) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["poll"], Access.Chairs,
            [new("poll q<n> [anonymous] [hidden]", "Poll guiding question n of the programme", Access.Chairs),
             new("poll \"Question?\" \"A\" \"B\" [multi] [anonymous] [hidden]", "An ad hoc poll (also rating, text, ranking, max=N)", Access.Chairs),
             new("poll close|reveal|results [p<n>]", "Close a poll, reveal a hidden one, or post its results", Access.Chairs)],
            PollAsync);
        router.OnCommand(["inputs"], Access.Everyone, [new("inputs", "The open-text answers collected so far", Access.Everyone)], InputsAsync);
        router.OnDirectCardAction(PollCard.VoteVerb, voting.VoteAsync);
    }

    private async Task PollAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var parsed = PollCommand.Parse(command.Arguments);
        if (!parsed.IsSuccess)
        {
            context.Outbox.Say(parsed.Error.Message);
            return;
        }

        var error = parsed.Value.Kind switch
        {
            PollCommandKind.LaunchGuidingQuestion => await polls.LaunchGuidingQuestionAsync(context, parsed.Value, cancellationToken),
            PollCommandKind.LaunchAdHoc => await PollService.LaunchAdHocAsync(context, parsed.Value.Spec!, cancellationToken),
            _ => await PollService.TransitionAsync(context, parsed.Value, cancellationToken),
        };

        // Poll errors never echo what was typed (see PollError), so they need no escaping.
        if (error is not null)
        {
            context.Outbox.Say(error.Message);
        }
    }

    private async Task InputsAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var latest = (await context.Session.PollsAsync(cancellationToken)).LastOrDefault(p => p.Kind == PollKind.OpenText);
        if (latest is null)
        {
            context.Outbox.Say("No open-answer poll has collected inputs here yet.");
            return;
        }

        var tally = PollTally.FromGroups(latest, await store.AnswerGroupsAsync(context.Session.ConversationId, latest.Id, cancellationToken));
        context.Outbox.Post(PollResultsCard.RenderInputs(latest, tally));
    }
}
