namespace TeamsDialogueBot.Domain.Meetings;

/// <summary>
/// What the bot knows about the Teams meeting behind a dialogue: when it really started and ended (meeting events) and
/// what Teams' meeting-details API said (scheduled times, organizer, the id Microsoft Graph knows it by). Every part is
/// optional: a chat that is no meeting, or a meeting whose events never arrived, has none of them.
/// </summary>
public sealed record MeetingFacts
{
    public DateTimeOffset? ActualStart { get; init; }
    public DateTimeOffset? ActualEnd { get; init; }
    public DateTimeOffset? ScheduledStart { get; init; }
    public DateTimeOffset? ScheduledEnd { get; init; }

    /// <summary>The organizer's Teams MRI ("29:…"): told privately like the co-chairs.</summary>
    public string? OrganizerMri { get; init; }

    /// <summary>The organizer's Entra object id: Microsoft Graph lists the meeting's transcripts under this user.</summary>
    public string? OrganizerAadObjectId { get; init; }

    /// <summary>details.msGraphResourceId: the online meeting's id for Microsoft Graph (not the Teams meeting id).</summary>
    public string? GraphResourceId { get; init; }

    /// <summary>When the meeting details were read; null while they never were.</summary>
    public DateTimeOffset? DetailsReadAt { get; init; }

    /// <summary>Started and not ended since (a later start, e.g. the next occurrence of a recurring meeting, reopens it).</summary>
    public bool IsRunning => ActualStart is { } start && (ActualEnd is not { } end || end < start);

    /// <summary>Teams said the meeting ended, and no later start reopened it.</summary>
    public bool HasEnded => ActualEnd is { } end && (ActualStart is not { } start || end >= start);
}
