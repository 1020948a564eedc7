using System.Globalization;
using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Csv;

/// <summary>
/// figures.csv: one row per channel, stakeholder group, first-time speakers and total, per part and for the
/// whole session. Online attendance and phone requests belong to a part as a whole, so they fill the total row.
/// </summary>
internal static class CsvFigures
{
    public static byte[] Write(ReportModel model, ReportLabels labels)
    {
        var percent = string.Format(CultureInfo.InvariantCulture, labels.PercentColumnFormat, labels.ShareOfSpeaking);
        using var table = new CsvTable(
            labels.Item, labels.Part, labels.Breakdown, labels.Key, labels.Requests, labels.InterventionCount,
            CsvReport.Seconds(labels, labels.SpeakingTime), percent, CsvReport.Seconds(labels, labels.AverageWait),
            labels.OnlineAttendees, labels.OnlineAttendeesWhoSpoke, labels.PhoneRequests);
        if (model.SessionFigures is { } session)
        {
            Rows(table, labels, session, labels.ScopeSession, part: null);
        }

        foreach (var (item, part) in CsvReport.Parts(model))
        {
            if (part.Figures is { } figures)
            {
                Rows(table, labels, figures, item.Number, part.Panel);
            }
        }

        return table.ToArray();
    }

    private static void Rows(CsvTable table, ReportLabels labels, EqualFootingFigures figures, string item, int? part)
    {
        void Row(string breakdown, string key, FigureRow row, bool isTotal)
        {
            table.Text(item).Number(part).Text(breakdown).Text(key).Number(row.Requests).Number(row.Interventions)
                .Number(ReportText.Seconds(row.SpeakingTime)).Number(ReportText.Share(row.SpeakingTime, figures.Total.SpeakingTime))
                .Number(row.Interventions == 0 ? null : ReportText.Seconds(row.AverageWait));
            table.Number(isTotal ? figures.Online?.Attendees : null)
                .Number(isTotal ? figures.Online?.TookTheFloor : null)
                .Number(isTotal ? figures.PhoneRequests : null)
                .EndRow();
        }

        Row(labels.ByChannel, labels.Room, figures.Room, isTotal: false);
        Row(labels.ByChannel, labels.Remote, figures.Remote, isTotal: false);
        foreach (var group in figures.ByGroup)
        {
            Row(labels.ByGroup, group.Group, group.Figures, isTotal: false);
        }

        Row(labels.FirstTimeSpeakers, labels.FirstTimeSpeakers, figures.FirstTimeSpeakers, isTotal: false);
        Row(labels.Total, labels.Total, figures.Total, isTotal: true);
    }
}
