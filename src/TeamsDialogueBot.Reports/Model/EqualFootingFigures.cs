namespace TeamsDialogueBot.Reports.Model;

/// <summary>
/// Who got the floor, for how long and after how long a wait: by channel, by stakeholder group and for
/// first-time speakers. Shares are computed by the writers from these counts and <see cref="Total"/>.
/// </summary>
public sealed record EqualFootingFigures
{
    public required FigureRow Room { get; init; }
    public required FigureRow Remote { get; init; }

    /// <summary>In the programme's order of stakeholder groups, then any others.</summary>
    public IReadOnlyList<GroupFigureRow> ByGroup { get; init; } = [];

    /// <summary>Speakers who had not spoken earlier in the dialogue.</summary>
    public required FigureRow FirstTimeSpeakers { get; init; }
    public required FigureRow Total { get; init; }

    /// <summary>Null when the meeting's roster was not known (no Teams meeting events).</summary>
    public OnlineAttendance? Online { get; init; }

    /// <summary>Room requests made from phones; they are counted in <see cref="Room"/> too.</summary>
    public int PhoneRequests { get; init; }
}
