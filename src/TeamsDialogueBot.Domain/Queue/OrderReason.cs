namespace TeamsDialogueBot.Domain.Queue;

/// <summary>
/// Why an entry stands where it does, as data, so each language can say it its own way (issue 14);
/// <see cref="OrderedEntry.Reason"/> keeps the English sentence.
/// </summary>
/// <param name="Channel">The channel the reason is about: the entry's own line when on hold, else the one it alternates with.</param>
/// <param name="Group">The stakeholder group the reason names, under the groups policy.</param>
public sealed record OrderReason(OrderReasonKind Kind, DateTimeOffset? RequestedAt = null, SpeakerChannel? Channel = null, string? Group = null);
