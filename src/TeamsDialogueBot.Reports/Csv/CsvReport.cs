using System.Globalization;
using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Csv;

/// <summary>
/// The report's tables as CSV files, one row per intervention, figure line, poll answer, question, input
/// and chair action; every row names its item and part so the files can be filtered and joined. Times are
/// "yyyy-MM-dd HH:mm:ss" at the offset the model carries; durations are whole seconds.
/// </summary>
public static class CsvReport
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static IReadOnlyList<ReportFile> Write(ReportModel model, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        labels ??= ReportLabels.English;
        return
        [
            File(ReportFileNames.Interventions, Interventions(model, labels)),
            File(ReportFileNames.Figures, CsvFigures.Write(model, labels)),
            File(ReportFileNames.Polls, CsvPolls.Write(model, labels)),
            File(ReportFileNames.Questions, Questions(model, labels)),
            File(ReportFileNames.Inputs, Inputs(model, labels)),
            File(ReportFileNames.ChairActions, ChairActions(model, labels)),
        ];
    }

    internal static string Seconds(ReportLabels labels, string header) => string.Format(CultureInfo.InvariantCulture, labels.SecondsFormat, header);

    internal static IEnumerable<(ReportItem Item, ReportPart Part)> Parts(ReportModel model) =>
        model.Items.SelectMany(item => item.Parts.Select(part => (item, part)));

    internal static CsvTable Place(this CsvTable table, ReportItem item, ReportPart part) => table.Text(item.Number).Number(part.Panel);

    internal static string? GuidingQuestion(ReportLabels labels, int? number) =>
        number is { } n ? ReportText.GuidingQuestion(labels, n) : null;

    private static ReportFile File(string name, byte[] content) => new(name, ContentType, content);

    private static byte[] Interventions(ReportModel model, ReportLabels labels)
    {
        using var table = new CsvTable(
            labels.Item, labels.Part, labels.Turn, labels.Speaker, labels.Organisation, labels.StakeholderGroup, labels.Channel, labels.FromPhone,
            labels.RequestedAt, labels.StartedAt, labels.EndedAt, Seconds(labels, labels.SpeakingTime), Seconds(labels, labels.WaitingTime),
            labels.Topic, labels.GuidingQuestion, labels.TranscriptExcerpt);
        foreach (var (item, part) in Parts(model))
        {
            foreach (var i in part.Interventions)
            {
                table.Place(item, part).Number(i.Turn).Text(i.Speaker).Text(i.Organisation).Text(i.StakeholderGroup)
                    .Text(ReportText.Channel(labels, i.Channel, fromPhone: false)).Text(ReportText.YesNo(labels, i.FromPhone))
                    .Text(ReportText.CsvTime(i.RequestedAt)).Text(ReportText.CsvTime(i.StartedAt)).Text(i.EndedAt is { } ended ? ReportText.CsvTime(ended) : null)
                    .Number(ReportText.Seconds(i.SpeakingTime)).Number(ReportText.Seconds(i.WaitingTime))
                    .Text(i.Topic).Text(GuidingQuestion(labels, i.GuidingQuestion)).Text(i.TranscriptExcerpt)
                    .EndRow();
            }
        }

        return table.ToArray();
    }

    private static byte[] Questions(ReportModel model, ReportLabels labels)
    {
        using var table = new CsvTable(labels.Item, labels.Part, labels.Turn, labels.Question, labels.AskedBy, labels.AddressedTo, labels.Votes, labels.Answered, labels.AskedAt);
        foreach (var (item, part) in Parts(model))
        {
            for (var index = 0; index < part.Questions.Count; index++)
            {
                var q = part.Questions[index];
                table.Place(item, part).Number(index + 1).Text(q.Text).Text(q.AskedBy ?? labels.Anonymous).Text(q.AddressedTo)
                    .Number(q.Votes).Text(ReportText.YesNo(labels, q.Answered)).Text(ReportText.CsvTime(q.AskedAt))
                    .EndRow();
            }
        }

        return table.ToArray();
    }

    private static byte[] Inputs(ReportModel model, ReportLabels labels)
    {
        using var table = new CsvTable(
            labels.Item, labels.Part, labels.GuidingQuestion, labels.Title, labels.Description, labels.Link, labels.Organisation, labels.SubmittedBy, labels.SubmittedAt);
        foreach (var (item, part) in Parts(model))
        {
            foreach (var input in part.Inputs)
            {
                table.Place(item, part).Text(GuidingQuestion(labels, input.GuidingQuestion)).Text(input.Title).Text(input.Description).Text(input.Link)
                    .Text(input.Organisation).Text(input.Attribution ?? labels.Anonymous).Text(ReportText.CsvTime(input.SubmittedAt))
                    .EndRow();
            }
        }

        return table.ToArray();
    }

    private static byte[] ChairActions(ReportModel model, ReportLabels labels)
    {
        using var table = new CsvTable(labels.Item, labels.Part, labels.Time, labels.Chair, labels.Action, labels.Detail);
        foreach (var (item, part) in Parts(model))
        {
            foreach (var action in part.ChairActions)
            {
                table.Place(item, part).Text(ReportText.CsvTime(action.At)).Text(action.Actor).Text(action.Action).Text(action.Detail).EndRow();
            }
        }

        return table.ToArray();
    }
}
