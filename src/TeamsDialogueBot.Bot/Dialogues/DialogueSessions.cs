using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Dialogues;

/// <summary>Loads, changes and saves a conversation's <see cref="Dialogue"/> one change at a time.</summary>
public sealed class DialogueSessions(IDialogueStore store, ConversationGate gate)
{
    private const int MaxAttempts = 5;

    /// <summary>
    /// Applies <paramref name="change"/> to the conversation's dialogue (started on first use) and saves it.
    /// Another instance saving first makes the change re-run on fresh state.
    /// </summary>
    public async Task<(Dialogue Dialogue, T Result)> ChangeAsync<T>(Turn turn, Func<Dialogue, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(change);
        using var lease = await gate.EnterAsync("dialogue:" + turn.ConversationId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var dialogue = await store.FindAsync(turn.ConversationId, cancellationToken);
            var expected = dialogue?.Version ?? 0;
            dialogue ??= Dialogue.Start(turn.Reference);
            dialogue.Refresh(turn.Reference);
            var result = change(dialogue);
            if (dialogue.Version == expected)
            {
                return (dialogue, result);
            }

            try
            {
                await store.SaveAsync(dialogue, expected, cancellationToken);
                return (dialogue, result);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                // Re-read and re-apply: the other writer's change stays.
            }
        }
    }

    public async Task<Dialogue> GetAsync(Turn turn, CancellationToken cancellationToken) =>
        (await ChangeAsync(turn, _ => 0, cancellationToken)).Dialogue;
}
