namespace TeamsDialogueBot.Domain.Polls;

/// <summary>An open poll and the conversation it runs in (see <see cref="IPollStore.OpenPollsAsync"/>).</summary>
public readonly record struct OpenPoll(string ConversationId, PollId Id);
