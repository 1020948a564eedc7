using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>Reads a dialogue's state from the stores and turns it into a <see cref="PhoneSnapshot"/>.</summary>
public sealed class PhoneSnapshots(Programme programme, IDialogueStore dialogues, ISpeakersListStore lists, TimeProvider time)
{
    public async Task<PhoneSnapshot> LoadAsync(FloorLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var now = time.GetUtcNow();
        var dialogue = await dialogues.FindAsync(link.ConversationId, cancellationToken);
        var position = dialogue?.PositionIn(programme) ?? programme.Positions[0];
        var list = await lists.FindAsync(link.ConversationId, position, cancellationToken);
        return PhoneSnapshotBuilder.Build(programme, position, list, link, now);
    }

    /// <summary>The stakeholder groups the first-visit form offers: the current list's.</summary>
    public async Task<IReadOnlyList<string>> GroupsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        var position = dialogue?.PositionIn(programme) ?? programme.Positions[0];
        return (await lists.FindAsync(conversationId, position, cancellationToken))?.Groups ?? StakeholderGroups.Default;
    }
}
