using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// One question as the co-chairs' report shows it. <paramref name="AskedBy"/> is the asker as the card showed them,
/// null for an anonymous question: no key, id or name of an anonymous asker ever reaches a report.
/// </summary>
/// <param name="AddressedTo">The panellist it was addressed to; null for the whole panel.</param>
public sealed record ReportedQuestion(
    AgendaPosition Position,
    int Number,
    string Text,
    string? AskedBy,
    string? AddressedTo,
    int Votes,
    bool Answered,
    DateTimeOffset AskedAt);
