using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>Reads a conversation's state from the stores and turns it into a <see cref="DisplaySnapshot"/>.</summary>
public sealed class DisplaySnapshots(
    Programme programme,
    IDialogueStore dialogues,
    ISpeakersListStore lists,
    IPollStore polls,
    TimeProvider time,
    IMeetingRosterStore? roster = null)
{
    public async Task<DisplaySnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        var position = dialogue?.PositionIn(programme) ?? programme.Positions[0];
        var item = position.ItemIndex;
        var list = await lists.FindAsync(conversationId, position, cancellationToken);
        var poll = Showing(await polls.ListAsync(conversationId, cancellationToken), item);
        var tally = poll is null ? null : PollTally.FromGroups(poll, await polls.AnswerGroupsAsync(conversationId, poll.Id, cancellationToken));
        var figures = roster is null ? null : await roster.FiguresAsync(conversationId, cancellationToken);
        return DisplaySnapshotBuilder.Build(programme, position, list, poll, tally, now, figures, dialogue?.Meeting);
    }

    /// <summary>
    /// The newest open poll; with none open, the newest poll of the current item, so the room keeps
    /// seeing the final result after the chair closes it — until the agenda moves on.
    /// </summary>
    private static Poll? Showing(IReadOnlyList<Poll> all, int item) =>
        all.LastOrDefault(p => p.IsOpen) ?? all.LastOrDefault(p => p.AgendaItemIndex == item);
}
