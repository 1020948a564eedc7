using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>The stores a <see cref="ConversationSession"/> loads from when the batch's read did not bring what a turn needs.</summary>
public sealed record SessionStores(ISpeakersListStore Lists, IParticipantProfileStore Profiles, IPollStore Polls)
{
    public required IInputStore Inputs { get; init; }
}
