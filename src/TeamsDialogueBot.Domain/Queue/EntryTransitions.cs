namespace TeamsDialogueBot.Domain.Queue;

/// <summary>The legal moves between <see cref="EntryState"/>s.</summary>
public static class EntryTransitions
{
    public static bool IsLegal(EntryState from, EntryState to) => (from, to) switch
    {
        (EntryState.Waiting, EntryState.OnHold or EntryState.Speaking or EntryState.Withdrawn or EntryState.Skipped) => true,

        // A chair may call or skip someone on hold by name or position; only `ack` without target passes them over.
        (EntryState.OnHold, EntryState.Waiting or EntryState.Speaking or EntryState.Withdrawn or EntryState.Skipped) => true,
        (EntryState.Speaking, EntryState.Done) => true,
        _ => false,
    };
}
