using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// The report's read of inputs: for a conversation (or one agenda item), every visible input with its attribution
/// resolved as its author chose (<see cref="InputEntry.Attribution"/> null and no organisation for anonymous ones),
/// and the open-text poll answers as anonymous inputs (identical answers merged, with their count). Hidden and
/// withdrawn inputs are left out, as are the answers of hidden polls not yet revealed. Ordered by guiding question
/// (inputs on none last), then by time. Read only: safe to call from any thread, outside a turn.
/// </summary>
public sealed class InputsForReport(IInputStore inputs, IPollStore polls)
{
    public async Task<IReadOnlyList<InputEntry>> ListAsync(string conversationId, int? itemIndex, CancellationToken cancellationToken)
    {
        var stored = await inputs.ListAsync(conversationId, itemIndex, cancellationToken);
        var answers = new List<(Poll, IReadOnlyList<AnswerGroup>)>();
        foreach (var poll in await polls.ListAsync(conversationId, cancellationToken))
        {
            if (poll.Kind == PollKind.OpenText && poll.ShowsResults && (itemIndex is null || poll.AgendaItemIndex == itemIndex))
            {
                answers.Add((poll, await polls.AnswerGroupsAsync(conversationId, poll.Id, cancellationToken)));
            }
        }

        return InputEntries.From(stored, answers, new InputFilter(itemIndex, null));
    }
}
