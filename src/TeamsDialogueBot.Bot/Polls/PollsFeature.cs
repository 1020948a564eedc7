using System.Globalization;
using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Dialogues;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>`poll …` for the co-chairs, `inputs` for everyone, and the poll card's vote button.</summary>
public sealed class PollsFeature(
    Programme programme,
    IPollStore store,
    DialogueSessions sessions,
    ConversationGate gate,
    ConversationOutbox outbox,
    IChairResolver chairs,
    PollCardRefresher refresher,
    PollVoting voting,
    TimeProvider time) : IFeature, IHelpSource
{
    private const int MaxAttempts = 5;

    public IEnumerable<CommandHelp> Commands =>
    [
        new("inputs", "The open-text answers collected so far", ChairsOnly: false),
        new("poll q<n> [anonymous] [hidden]", "Poll guiding question n of the programme", ChairsOnly: true),
        new("poll \"Question?\" \"A\" \"B\" [multi] [anonymous] [hidden]", "An ad hoc poll (also rating, text, ranking, max=N)", ChairsOnly: true),
        new("poll close|reveal|results [p<n>]", "Close a poll, reveal a hidden one, or post its results", ChairsOnly: true),
    ];

    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(PollAsync, "poll");
        router.OnCommand(InputsAsync, "inputs");
        router.OnSelfRecordingCardAction(PollCard.VoteVerb, voting.VoteAsync);
    }

    private async Task PollAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var turn = command.Turn;
        if (!await chairs.IsChairAsync(turn, cancellationToken))
        {
            await SayAsync(turn, Refusals.ChairsOnly("poll"), cancellationToken);
            return;
        }

        var parsed = PollCommand.Parse(command.Command.Arguments);
        if (!parsed.IsSuccess)
        {
            await SayAsync(turn, parsed.Error.Message, cancellationToken);
            return;
        }

        var error = parsed.Value.Kind switch
        {
            PollCommandKind.LaunchGuidingQuestion => await LaunchGuidingQuestionAsync(turn, parsed.Value, cancellationToken),
            PollCommandKind.LaunchAdHoc => await LaunchAsync(turn, (id, item, now) => Poll.AdHoc(id, parsed.Value.Spec!, item, turn.UserKey, now), cancellationToken),
            _ => await ActOnPollAsync(turn, parsed.Value, cancellationToken),
        };
        if (error is not null)
        {
            await SayAsync(turn, error.Message, cancellationToken);
        }
    }

    private Task<PollError?> LaunchGuidingQuestionAsync(Turn turn, PollCommand command, CancellationToken cancellationToken)
    {
        var number = command.GuidingQuestionNumber!.Value;
        if (programme.FindGuidingQuestion(number) is not { } question)
        {
            var count = programme.GuidingQuestions.Count();
            return Task.FromResult<PollError?>(new PollError(PollErrorCode.UnknownGuidingQuestion, count == 0
                ? "The programme has no guiding questions."
                : string.Create(CultureInfo.InvariantCulture, $"There is no guiding question q{number}; the programme has q1–q{count}.")));
        }

        return LaunchAsync(
            turn,
            (id, item, now) => Poll.FromGuidingQuestion(id, question, command.Anonymous, command.Hidden, item, turn.UserKey, now),
            cancellationToken);
    }

    private async Task<PollError?> LaunchAsync(Turn turn, Func<PollId, int?, DateTimeOffset, PollResult<Poll>> create, CancellationToken cancellationToken)
    {
        var item = (await sessions.GetAsync(turn, cancellationToken)).CurrentItemIndex;
        Poll poll;
        using (await gate.EnterAsync(GateKey(turn), cancellationToken))
        {
            for (var attempt = 1; ; attempt++)
            {
                var created = create(await store.NextIdAsync(turn.ConversationId, cancellationToken), item, time.GetUtcNow());
                if (!created.IsSuccess)
                {
                    return created.Error;
                }

                try
                {
                    await store.AddAsync(turn.ConversationId, created.Value, cancellationToken);
                    poll = created.Value;
                    break;
                }
                catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
                {
                    // Another instance took the id: take the next one.
                }
            }
        }

        refresher.Remember(turn.ConversationId, poll);
        var cardId = await outbox.SendCardAsync(turn.Reference, PollCard.Render(poll, PollTally.Compute(poll, [])), cancellationToken);
        if (cardId is not null)
        {
            await store.SetCardActivityAsync(turn.ConversationId, poll.Id, cardId, cancellationToken);
        }

        return null;
    }

    private async Task<PollError?> ActOnPollAsync(Turn turn, PollCommand command, CancellationToken cancellationToken)
    {
        var target = PollTarget.Resolve(command.Kind, command.Target, await store.ListAsync(turn.ConversationId, cancellationToken));
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var poll = target.Value;
        if (command.Kind != PollCommandKind.Results)
        {
            var changed = await TransitionAsync(turn, poll.Id, command.Kind, cancellationToken);
            if (!changed.IsSuccess)
            {
                return changed.Error;
            }

            poll = changed.Value;
            refresher.Remember(turn.ConversationId, poll);
            refresher.MarkDirty(turn.Reference, poll.Id);
        }

        // After a close commits the store takes no more answers, so this tally is the final one.
        var tally = PollTally.FromGroups(poll, await store.AnswerGroupsAsync(turn.ConversationId, poll.Id, cancellationToken));
        await outbox.SendCardAsync(turn.Reference, PollResultsCard.Render(poll, tally), cancellationToken);
        return null;
    }

    private async Task<PollResult<Poll>> TransitionAsync(Turn turn, PollId id, PollCommandKind kind, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(GateKey(turn), cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var poll = await store.FindAsync(turn.ConversationId, id, cancellationToken);
            if (poll is null)
            {
                return new PollResult<Poll>(PollError.UnknownPoll(id));
            }

            var expected = poll.Version;
            var error = kind == PollCommandKind.Close ? poll.Close(time.GetUtcNow(), turn.UserKey) : poll.Reveal(time.GetUtcNow(), turn.UserKey);
            if (error is not null)
            {
                return new PollResult<Poll>(error);
            }

            try
            {
                await store.SaveAsync(turn.ConversationId, poll, expected, cancellationToken);
                return new PollResult<Poll>(poll);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Re-read: the other writer's change stays and this one is re-applied to it.
            }
        }
    }

    private async Task InputsAsync(CommandTurn command, CancellationToken cancellationToken)
    {
        var turn = command.Turn;
        var latest = (await store.ListAsync(turn.ConversationId, cancellationToken)).LastOrDefault(p => p.Kind == PollKind.OpenText);
        if (latest is null)
        {
            await SayAsync(turn, "No open-answer poll has collected inputs here yet.", cancellationToken);
            return;
        }

        var tally = PollTally.FromGroups(latest, await store.AnswerGroupsAsync(turn.ConversationId, latest.Id, cancellationToken));
        await outbox.SendCardAsync(turn.Reference, PollResultsCard.RenderInputs(latest, tally), cancellationToken);
    }

    // Poll errors never echo what was typed (see PollError), so they need no escaping.
    private async Task SayAsync(Turn turn, string text, CancellationToken cancellationToken) =>
        await outbox.SendTextAsync(turn.Reference, text, cancellationToken);

    private static string GateKey(Turn turn) => "polls:" + turn.ConversationId;
}
