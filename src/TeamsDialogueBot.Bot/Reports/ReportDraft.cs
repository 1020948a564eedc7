using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// A report while <see cref="ReportBuilder"/> and the <see cref="IReportContributor"/>s fill it in: the parts of the
/// items it covers, and what is said about the whole session. Becomes the <see cref="ReportModel"/> the writers print.
/// </summary>
public sealed class ReportDraft
{
    private readonly TimeZoneInfo _zone;
    private readonly Dictionary<(int Item, int Panel), ReportPartDraft> _parts = [];

    internal ReportDraft(ConversationSession session, ReportCoverage scope, IReadOnlyList<int> items, TimeZoneInfo zone, ReportLabels labels)
    {
        Session = session;
        Scope = scope;
        Items = items;
        _zone = zone;
        Labels = labels;
        GeneratedAt = Local(session.Now);
        TranscriptStatus = labels.TranscriptNotRead;
        foreach (var item in items)
        {
            Part(item);
        }
    }

    /// <summary>The conversation's unit of work: reads see the changes of the turns before `report` in its batch.</summary>
    public ConversationSession Session { get; }

    public string ConversationId => Session.ConversationId;

    public Programme Programme => Session.Programme;

    /// <summary>The report's language (a UN code): its labels, and the programme's translation its headings take.</summary>
    public string Language { get; init; } = "en";

    public ReportCoverage Scope { get; }

    /// <summary>The 0-based indexes of the items the report covers, in programme order.</summary>
    public IReadOnlyList<int> Items { get; }

    /// <summary>The texts the bot writes into the data (English until reports are translated).</summary>
    public ReportLabels Labels { get; }

    /// <summary>When the report was made, in the programme's time zone.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>
    /// One line on why the interventions carry no transcript excerpts; set it to null once they do. Until something
    /// reads Teams transcripts it says so.
    /// </summary>
    public string? TranscriptStatus { get; set; }

    /// <summary>Online attendance over the whole session (Teams meeting events); null while the roster is unknown.</summary>
    public OnlineAttendance? SessionOnline { get; set; }

    /// <summary>Every part so far, in programme order: an item's own floor, then its panels.</summary>
    public IEnumerable<ReportPartDraft> Parts => _parts.OrderBy(p => p.Key.Item).ThenBy(p => p.Key.Panel).Select(p => p.Value);

    public bool Covers(int itemIndex) => Items.Contains(itemIndex);

    /// <summary>The part of an item (<paramref name="panel"/> null: its own floor; else the panel's 1-based number), made on first use.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The report does not cover the item, or the item has no such panel.</exception>
    public ReportPartDraft Part(int itemIndex, int? panel = null)
    {
        if (!Covers(itemIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(itemIndex), itemIndex, "The report does not cover this item.");
        }

        if (panel is { } number && (number < 1 || number > Programme.Items[itemIndex].Panels.Count))
        {
            throw new ArgumentOutOfRangeException(nameof(panel), panel, "The item has no such panel.");
        }

        var key = (itemIndex, panel ?? 0);
        if (!_parts.TryGetValue(key, out var part))
        {
            part = new ReportPartDraft(itemIndex, panel);
            _parts.Add(key, part);
        }

        return part;
    }

    /// <summary>The part of a place in the programme: an item itself, or one of its panels (see <see cref="Part(int, int?)"/>).</summary>
    public ReportPartDraft Part(AgendaPosition position) => Part(position.ItemIndex, position.IsPanel ? position.Panel : null);

    /// <summary>An instant in the programme's time zone, as the report prints times.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    // The programme's label ("CEST") names the offset of the meeting's day; a report made on a day with another offset
    // (winter time) says its offset instead, so "Generated …" is never mislabelled.
    private string? ZoneLabel(Programme programme)
    {
        if (programme.TimeZoneLabel is not { Length: > 0 } label)
        {
            return null;
        }

        var meetingDay = _zone.GetUtcOffset(programme.Date.ToDateTime(new TimeOnly(12, 0)));
        if (meetingDay == GeneratedAt.Offset)
        {
            return label;
        }

        return ReportZoneLabel.Offset(GeneratedAt.Offset);
    }

    internal ReportModel ToModel(IReadOnlyList<ProgrammeItem> programme, EqualFootingFigures? sessionFigures)
    {
        var own = Programme.In(Language);
        return new ReportModel
        {
            Title = own.Title,
            Subtitle = own.Subtitle,
            Date = own.Date,
            Venue = own.Venue,
            Language = Language,
            TimeZoneLabel = ZoneLabel(own),
            GeneratedAt = GeneratedAt,
            Scope = Scope.IsSession ? ReportScope.Session : ReportScope.Item,
            ScopeItem = Scope.ItemIndex is { } item ? own.Items[item].Number : null,
            Programme = programme,
            Items = [.. Items.Select(i => new ReportItem
            {
                Number = own.Items[i].Number,
                Title = own.Items[i].Title,
                Parts = [.. Parts.Where(p => p.ItemIndex == i).Select(p => p.ToPart(p.Panel is { } n ? own.Items[i].Panels[n - 1].Title : null))],
            })],
            SessionFigures = sessionFigures,
            TranscriptStatus = TranscriptStatus,
        };
    }
}
