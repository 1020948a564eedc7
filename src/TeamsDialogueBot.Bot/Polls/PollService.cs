using System.Globalization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>
/// The poll aggregate's one service for chair changes: launches (the card posts itself when the launch has
/// committed), closes and reveals (the shared card updates, a results card follows), within the chair's turn.
/// Votes have their own path (<see cref="PollVoting"/>).
/// </summary>
public sealed class PollService(Programme programme)
{
    public async Task<PollError?> LaunchGuidingQuestionAsync(TurnContext context, PollCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var number = command.GuidingQuestionNumber!.Value;
        if (programme.FindGuidingQuestion(number) is not { } question)
        {
            var count = programme.GuidingQuestions.Count();
            return new PollError(PollErrorCode.UnknownGuidingQuestion, count == 0
                ? "The programme has no guiding questions."
                : string.Create(CultureInfo.InvariantCulture, $"There is no guiding question q{number}; the programme has q1–q{count}."))
            {
                Number = number,
                Count = count,
            };
        }

        return await LaunchAsync(
            context,
            (id, item, now) => Poll.FromGuidingQuestion(id, question, command.Anonymous, command.Hidden, item, context.Turn.UserKey, now),
            cancellationToken);
    }

    public static Task<PollError?> LaunchAdHocAsync(TurnContext context, PollSpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return LaunchAsync(context, (id, item, now) => Poll.AdHoc(id, spec, item, context.Turn.UserKey, now), cancellationToken);
    }

    /// <summary>Close or reveal; the shared card updates and a results card is posted (tallied once the change committed).</summary>
    public static async Task<PollError?> TransitionAsync(TurnContext context, PollCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(command);
        var target = PollTarget.Resolve(command.Kind, command.Target, await context.Session.PollsAsync(cancellationToken));
        if (!target.IsSuccess)
        {
            return target.Error;
        }

        var poll = target.Value;
        if (command.Kind != PollCommandKind.Results)
        {
            var error = command.Kind == PollCommandKind.Close ? poll.Close(context.Now, context.Turn.UserKey) : poll.Reveal(context.Now, context.Turn.UserKey);
            if (error is not null)
            {
                return error;
            }

            context.Outbox.Refresh(CardSlots.Poll(poll.Id));
        }

        context.Outbox.PostSlot(PollResultsSlot.Of(poll.Id));
        return null;
    }

    private static async Task<PollError?> LaunchAsync(TurnContext context, Func<PollId, int?, DateTimeOffset, PollResult<Poll>> create, CancellationToken cancellationToken)
    {
        var polls = await context.Session.PollsAsync(cancellationToken);
        var next = PollId.Next(polls.Count == 0 ? 1 : polls.Max(p => p.Id.Sequence) + 1);
        var created = create(next, context.Session.Dialogue.CurrentItemIndex, context.Now);
        if (!created.IsSuccess)
        {
            return created.Error;
        }

        context.Session.AddPoll(created.Value);
        context.Outbox.PostSlot(CardSlots.Poll(created.Value.Id));
        return null;
    }
}
