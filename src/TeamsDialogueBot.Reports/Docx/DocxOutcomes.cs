using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>What the part produced: poll results, questions to the panel, inputs, and the chairs' audit trail.</summary>
internal static class DocxOutcomes
{
    public static void Polls(DocxContext context, IReadOnlyList<ReportPoll> polls)
    {
        var (builder, labels) = (context.Builder, context.Labels);
        foreach (var poll in polls)
        {
            var title = $"{poll.Id}. {poll.Question}";
            if (poll.GuidingQuestion is { } number)
            {
                title = $"{title} ({ReportText.GuidingQuestion(labels, number)})";
            }

            builder.Paragraph(title, bold: true);
            builder.Paragraph(ReportText.Format(context.Culture, labels.PollSummaryFormat,
                ReportText.PollKind(labels, poll.Kind), ReportText.PollState(labels, poll.State), context.Integer(poll.Voters),
                poll.Anonymous ? labels.AnonymousPollNote : string.Empty));
            Results(context, poll);
        }
    }

    public static void Questions(DocxContext context, IReadOnlyList<ReportQuestion> questions)
    {
        var labels = context.Labels;
        DocxColumn[] columns =
        [
            new(labels.Turn, 4), new(labels.Question, 44), new(labels.AskedBy, 16), new(labels.AddressedTo, 14), new(labels.Votes, 8), new(labels.Answered, 10),
        ];
        context.Builder.Table(columns, questions.Select((q, index) => (IReadOnlyList<string>)
        [
            (index + 1).ToString(context.Culture),
            q.Text,
            q.AskedBy ?? labels.Anonymous,
            q.AddressedTo ?? string.Empty,
            context.Integer(q.Votes),
            ReportText.YesNo(labels, q.Answered),
        ]));
    }

    /// <summary>Grouped by guiding question in the programme's order; inputs on no question come last.</summary>
    public static void Inputs(DocxContext context, IReadOnlyList<ReportInput> inputs)
    {
        var labels = context.Labels;
        DocxColumn[] columns = [new(labels.Title, 22), new(labels.Description, 42), new(labels.Link, 16), new(labels.SubmittedBy, 20)];
        foreach (var group in inputs.GroupBy(i => i.GuidingQuestion).OrderBy(g => g.Key ?? int.MaxValue))
        {
            context.Builder.Paragraph(group.Key is { } number ? context.GuidingQuestion(number) : labels.NoGuidingQuestion, bold: true);
            context.Builder.Table(columns, group.Select(i => (IReadOnlyList<string>)
            [
                i.Title,
                i.Description,
                i.Link ?? string.Empty,
                i.Attribution ?? labels.Anonymous,
            ]));
        }
    }

    public static void ChairActions(DocxContext context, IReadOnlyList<ReportChairAction> actions)
    {
        var labels = context.Labels;
        DocxColumn[] columns = [new(labels.Time, 10), new(labels.Chair, 22), new(labels.Action, 14), new(labels.Detail, 54)];
        context.Builder.Table(columns, actions.Select(a => (IReadOnlyList<string>)[context.Time(a.At), a.Actor, a.Action, a.Detail]));
    }

    private static void Results(DocxContext context, ReportPoll poll)
    {
        var labels = context.Labels;
        switch (poll.Kind)
        {
            case ReportPollKind.SingleChoice or ReportPollKind.MultipleChoice:
                context.Builder.Table(
                    [new(labels.Option, 60), new(labels.Votes, 20), new(labels.Percent, 20)],
                    poll.Options.Select(o => (IReadOnlyList<string>)[o.Label, context.Integer(o.Votes), context.Percent(o.Percent)]));
                break;
            case ReportPollKind.Rating when poll.Rating is { } rating:
                context.Builder.Table(
                    [new(labels.Value, 60), new(labels.Votes, 20), new(labels.Percent, 20)],
                    rating.Distribution.Select(r => (IReadOnlyList<string>)[RatingValue(rating, r.Value, context), context.Integer(r.Votes), context.Percent(r.Percent)]));
                if (rating.Average is { } average)
                {
                    context.Builder.Paragraph(ReportText.Format(context.Culture, labels.RatingAverageFormat,
                        ReportText.Number(average, context.Culture), rating.Min.ToString(context.Culture), rating.Max.ToString(context.Culture)));
                }

                break;
            case ReportPollKind.Ranking:
                context.Builder.Table(
                    [new(labels.Place, 12), new(labels.Option, 52), new(labels.Points, 18), new(labels.FirstPlaces, 18)],
                    poll.Ranking.Select(r => (IReadOnlyList<string>)[r.Place.ToString(context.Culture), r.Label, context.Integer(r.Points), context.Integer(r.FirstPlaces)]));
                break;
            case ReportPollKind.OpenText when poll.Texts.Count > 0:
                context.Builder.Table(
                    [new(labels.Answer, 85), new(labels.Count, 15)],
                    poll.Texts.Select(t => (IReadOnlyList<string>)[t.Text, context.Integer(t.Count)]));
                break;
            default:
                context.Builder.Paragraph(labels.None);
                break;
        }
    }

    private static string RatingValue(ReportRating rating, int value, DocxContext context)
    {
        var text = value.ToString(context.Culture);
        var label = value == rating.Min ? rating.MinLabel : value == rating.Max ? rating.MaxLabel : null;
        return string.IsNullOrWhiteSpace(label) ? text : $"{text} ({label})";
    }
}
