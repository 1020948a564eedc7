using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Docx;

/// <summary>The document from top to bottom: header block, programme, session figures, then item by item.</summary>
internal static class DocxContent
{
    public static void Write(DocxContext context)
    {
        Header(context);
        Programme(context);
        if (context.Model.SessionFigures is { } figures)
        {
            context.Builder.Heading(1, context.Labels.SessionFigures);
            DocxFloor.Figures(context, figures);
        }

        foreach (var item in context.Model.Items)
        {
            Item(context, item);
        }
    }

    private static void Header(DocxContext context)
    {
        var (builder, model, labels) = (context.Builder, context.Model, context.Labels);
        builder.Title(model.Title);
        builder.Subtitle(string.IsNullOrWhiteSpace(model.Subtitle) ? labels.DocumentKind : $"{model.Subtitle} — {labels.DocumentKind}");
        builder.Paragraph(context.Field(labels.Date, model.Date.ToString("D", context.Culture)));
        if (!string.IsNullOrWhiteSpace(model.Venue))
        {
            builder.Paragraph(context.Field(labels.Venue, model.Venue));
        }

        var scope = model.Scope == ReportScope.Item && model.ScopeItem is not null
            ? ReportText.Format(context.Culture, labels.ScopeItemFormat, model.ScopeItem)
            : labels.ScopeSession;
        builder.Paragraph(context.Field(labels.Scope, scope));
        var generated = model.GeneratedAt.ToString("g", context.Culture);
        if (!string.IsNullOrWhiteSpace(model.TimeZoneLabel))
        {
            generated = ReportText.Format(context.Culture, labels.TimeWithZoneFormat, generated, model.TimeZoneLabel);
        }

        builder.Paragraph(context.Field(labels.GeneratedAt, generated));
        var transcript = model.TranscriptStatus;
        if (transcript is null && model.Items.SelectMany(i => i.Parts).SelectMany(p => p.Interventions).Any(i => i.TranscriptExcerpt is not null))
        {
            transcript = labels.TranscriptAvailable;
        }

        if (transcript is not null)
        {
            builder.Paragraph(context.Field(labels.Transcript, transcript));
        }
    }

    private static void Programme(DocxContext context)
    {
        var (builder, labels) = (context.Builder, context.Labels);
        if (context.Model.Programme.Count == 0)
        {
            return;
        }

        builder.Heading(1, labels.Programme);
        foreach (var item in context.Model.Programme)
        {
            var heading = $"{item.Number}. {item.Title}";
            builder.Heading(2, string.IsNullOrWhiteSpace(item.Time) ? heading : $"{heading} ({item.Time})");
            foreach (var point in item.Points)
            {
                builder.Bullet(point);
            }

            foreach (var panel in item.Panels)
            {
                builder.Paragraph(ReportText.Format(context.Culture, labels.PanelFormat, panel.Number, panel.Title), bold: true);
                if (!string.IsNullOrWhiteSpace(panel.Moderator))
                {
                    builder.Bullet(context.Field(labels.Moderator, panel.Moderator));
                }

                if (panel.Panellists.Count > 0)
                {
                    builder.Bullet(context.Field(labels.Panellists, string.Join(", ", panel.Panellists)));
                }

                if (!string.IsNullOrWhiteSpace(panel.FollowUp))
                {
                    builder.Bullet(panel.FollowUp);
                }
            }

            foreach (var standing in item.StandingItems)
            {
                builder.Paragraph(standing.Title, bold: true);
                foreach (var question in standing.GuidingQuestions)
                {
                    builder.Bullet($"{ReportText.GuidingQuestion(labels, question.Number)}. {question.Text}");
                }
            }
        }
    }

    private static void Item(DocxContext context, ReportItem item)
    {
        var (builder, labels) = (context.Builder, context.Labels);
        builder.Heading(1, $"{item.Number}. {item.Title}");
        foreach (var part in item.Parts)
        {
            // An item's own floor sits right under the item's heading; a panel gets a heading of its own.
            var level = 2;
            if (part.Panel is { } panel)
            {
                var title = part.Title ?? string.Empty;
                builder.Heading(2, $"{ReportText.PartReference(item, part)} {ReportText.Format(context.Culture, labels.PanelFormat, panel, title)}".TrimEnd(' ', ':'));
                level = 3;
            }

            Part(context, part, level);
        }
    }

    private static void Part(DocxContext context, ReportPart part, int level)
    {
        var (builder, labels) = (context.Builder, context.Labels);
        builder.Heading(level, labels.Interventions);
        DocxFloor.Interventions(context, part.Interventions);
        if (part.Interventions.Any(i => !string.IsNullOrWhiteSpace(i.TranscriptExcerpt)))
        {
            builder.Heading(level, labels.TranscriptExcerpts);
            DocxFloor.TranscriptExcerpts(context, part.Interventions);
        }

        if (part.Figures is { } figures)
        {
            builder.Heading(level, labels.EqualFooting);
            DocxFloor.Figures(context, figures);
        }

        if (part.Polls.Count > 0)
        {
            builder.Heading(level, labels.Polls);
            DocxOutcomes.Polls(context, part.Polls);
        }

        if (part.Questions.Count > 0)
        {
            builder.Heading(level, labels.Questions);
            DocxOutcomes.Questions(context, part.Questions);
        }

        if (part.Inputs.Count > 0)
        {
            builder.Heading(level, labels.Inputs);
            DocxOutcomes.Inputs(context, part.Inputs);
        }

        if (part.ChairActions.Count > 0)
        {
            builder.Heading(level, labels.ChairActions);
            DocxOutcomes.ChairActions(context, part.ChairActions);
        }
    }
}
