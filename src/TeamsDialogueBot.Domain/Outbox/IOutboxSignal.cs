namespace TeamsDialogueBot.Domain.Outbox;

/// <summary>
/// Hears that another instance added outbox entries for a conversation (PostgreSQL LISTEN/NOTIFY), so the lease
/// holder sends them at once rather than at its next sweep. Within one instance the dispatcher is told directly.
/// </summary>
public interface IOutboxSignal
{
    /// <summary>Calls <paramref name="signalled"/> with a conversation id for each signal until cancelled.</summary>
    Task ListenAsync(Action<string> signalled, CancellationToken cancellationToken);
}
