namespace TeamsDialogueBot.Domain.Programme;

public sealed record TimeSlot(TimeOnly Start, TimeOnly End);
