using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>The floor: who spoke in what order, what the transcript caught, and the equal-footing figures.</summary>
internal static class DocxFloor
{
    public static void Interventions(DocxContext context, IReadOnlyList<ReportIntervention> interventions)
    {
        var labels = context.Labels;
        if (interventions.Count == 0)
        {
            context.Builder.Paragraph(labels.None);
            return;
        }

        DocxColumn[] columns =
        [
            new(labels.Turn, 3), new(labels.Speaker, 13), new(labels.Organisation, 15), new(labels.StakeholderGroup, 14),
            new(labels.Channel, 10), new(labels.Floor, 10), new(labels.SpeakingTime, 11), new(labels.WaitingTime, 10), new(labels.Topic, 14),
        ];
        context.Builder.Table(columns, interventions.Select(i => (IReadOnlyList<string>)
        [
            i.Turn.ToString(context.Culture),
            i.Speaker,
            i.Organisation ?? string.Empty,
            i.StakeholderGroup ?? string.Empty,
            ReportText.Channel(labels, i.Channel, i.FromPhone),
            Floor(context, i),
            ReportText.Clock(i.SpeakingTime),
            ReportText.Clock(i.WaitingTime),
            Topic(context, i),
        ]));
    }

    public static void TranscriptExcerpts(DocxContext context, IReadOnlyList<ReportIntervention> interventions)
    {
        foreach (var intervention in interventions.Where(i => !string.IsNullOrWhiteSpace(i.TranscriptExcerpt)))
        {
            context.Builder.Paragraph($"{intervention.Turn.ToString(context.Culture)}. {intervention.Speaker}", bold: true);
            context.Builder.Paragraph(intervention.TranscriptExcerpt!);
        }
    }

    public static void Figures(DocxContext context, EqualFootingFigures figures)
    {
        var labels = context.Labels;
        DocxColumn[] Columns(string first) =>
        [
            new(first, 22), new(labels.Requests, 14), new(labels.InterventionCount, 16), new(labels.SpeakingTime, 16),
            new(labels.ShareOfSpeaking, 16), new(labels.AverageWait, 16),
        ];

        context.Builder.Table(Columns(labels.ByChannel),
        [
            Row(context, labels.Room, figures.Room, figures.Total),
            Row(context, labels.Remote, figures.Remote, figures.Total),
            Row(context, labels.FirstTimeSpeakers, figures.FirstTimeSpeakers, figures.Total),
            Row(context, labels.Total, figures.Total, figures.Total),
        ]);
        if (figures.ByGroup.Count > 0)
        {
            context.Builder.Table(Columns(labels.ByGroup), figures.ByGroup.Select(g => Row(context, g.Group, g.Figures, figures.Total)));
        }

        if (figures.Online is { } online)
        {
            context.Builder.Paragraph(ReportText.Format(context.Culture, labels.OnlineAttendanceFormat,
                context.Integer(online.Attendees), context.Integer(online.TookTheFloor), context.Percent(100 * online.ShareWhoTookTheFloor)));
        }

        context.Builder.Paragraph(ReportText.Format(context.Culture, labels.PhoneRequestsFormat, context.Integer(figures.PhoneRequests)));
    }

    private static string[] Row(DocxContext context, string key, FigureRow row, FigureRow total) =>
    [
        key,
        context.Integer(row.Requests),
        context.Integer(row.Interventions),
        ReportText.Clock(row.SpeakingTime),
        context.Percent(ReportText.Share(row.SpeakingTime, total.SpeakingTime)),
        row.Interventions == 0 ? "–" : ReportText.Clock(row.AverageWait),
    ];

    // "10:05–10:08": in a right-to-left paragraph the dash between two times would take the paragraph's
    // direction and swap them; left-to-right marks around it keep the range in reading order.
    private static string Floor(DocxContext context, ReportIntervention intervention)
    {
        var dash = context.RightToLeft ? "\u200E–\u200E" : "–";
        var end = intervention.EndedAt is { } ended ? context.Time(ended) : string.Empty;
        return $"{context.Time(intervention.StartedAt)}{dash}{end}";
    }

    private static string Topic(DocxContext context, ReportIntervention intervention)
    {
        var question = intervention.GuidingQuestion is { } number ? ReportText.GuidingQuestion(context.Labels, number) : null;
        return (question, intervention.Topic) switch
        {
            (null, null) => string.Empty,
            (null, { } topic) => topic,
            ({ } q, null) => q,
            ({ } q, { } topic) => $"{q}: {topic}",
        };
    }
}
