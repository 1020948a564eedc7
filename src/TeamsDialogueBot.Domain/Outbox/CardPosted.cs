namespace TeamsDialogueBot.Domain.Outbox;

/// <summary>The card post entry <paramref name="EntryId"/> created Teams activity <paramref name="ActivityId"/>: the slot's card from now on.</summary>
public sealed record CardPosted(long EntryId, string ActivityId);
