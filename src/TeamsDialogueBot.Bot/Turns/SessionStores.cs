using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Turns;

/// <summary>The stores a <see cref="ConversationSession"/> loads from when the batch's read did not bring what a turn needs.</summary>
/// <param name="FloorLinks">The floor links of phones in the room (issue 18); without it, no dialogue has one.</param>
public sealed record SessionStores(
    ISpeakersListStore Lists,
    IParticipantProfileStore Profiles,
    IPollStore Polls,
    IQuestionBoardStore Questions,
    IFloorLinks? FloorLinks = null)
{
    public required IInputStore Inputs { get; init; }
}
