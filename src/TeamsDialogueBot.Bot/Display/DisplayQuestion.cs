namespace TeamsDialogueBot.Bot.Display;

/// <summary>A question on the room display; <paramref name="AskedBy"/> as the Q&amp;A card shows it, null when anonymous.</summary>
public sealed record DisplayQuestion(int Number, string Text, string? AskedBy, string? AddressedTo, int Votes, bool Answered);
