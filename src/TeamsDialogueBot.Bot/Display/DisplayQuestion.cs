namespace TeamsDialogueBot.Bot.Display;

/// <summary>A question on the room display; <paramref name="AskedBy"/> as the Q&amp;A card shows it, null when anonymous.</summary>
/// <param name="VotesText">"12 upvotes" in the dialogue's language, for screen readers (the screen shows ▲ 12).</param>
public sealed record DisplayQuestion(int Number, string Text, string? AskedBy, string? AddressedTo, int Votes, bool Answered, string VotesText = "");
