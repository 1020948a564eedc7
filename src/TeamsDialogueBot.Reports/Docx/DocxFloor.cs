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
            new(labels.Turn, 4), new(labels.Speaker, 16), new(labels.Organisation, 16), new(labels.StakeholderGroup, 12),
            new(labels.Channel, 9), new(labels.Floor, 11), new(labels.SpeakingTime, 8), new(labels.WaitingTime, 8), new(labels.Topic, 16),
        ];
        context.Builder.Table(columns, interventions.Select(i => (IReadOnlyList<string>)
        [
            i.Turn.ToString(context.Culture),
            i.Speaker,
            i.Organisation ?? string.Empty,
            i.StakeholderGroup ?? string.Empty,
            ReportText.Channel(labels, i.Channel, i.FromPhone),
            i.EndedAt is { } ended ? $"{context.Time(i.StartedAt)}–{context.Time(ended)}" : $"{context.Time(i.StartedAt)}–",
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
            new(first, 24), new(labels.Requests, 12), new(labels.InterventionCount, 12), new(labels.SpeakingTime, 14),
            new(labels.ShareOfSpeaking, 14), new(labels.AverageWait, 12),
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
