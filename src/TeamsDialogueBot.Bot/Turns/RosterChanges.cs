using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>
/// The meeting roster's changes of a batch of turns, in order. Not an aggregate: each is a small unguarded row write
/// (see <see cref="StagedWrite.RosterChange"/>), so hundreds of joins in one batch or across instances never conflict.
/// </summary>
public sealed class RosterChanges
{
    private readonly List<StagedWrite> _writes = [];

    public IReadOnlyList<StagedWrite> Writes => _writes;

    public void Joined(ParticipantId participant, string? mri, DateTimeOffset at) => _writes.Add(new StagedWrite.RosterChange(participant, mri, Online: true, at));

    public void Left(ParticipantId participant, string? mri, DateTimeOffset at) => _writes.Add(new StagedWrite.RosterChange(participant, mri, Online: false, at));

    public void Ended(DateTimeOffset at) => _writes.Add(new StagedWrite.RosterEnded(at));

    public void ItemBecameCurrent(int itemIndex) => _writes.Add(new StagedWrite.AttendItem(itemIndex));
}
