using TeamsDialogueBot.Reports.Formatting;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Csv;

/// <summary>
/// polls.csv: one row per option, rating value, ranked option or open-text answer, each repeating its
/// poll's columns so a spreadsheet filter or pivot needs no lookup; a poll with no results yet keeps one row.
/// </summary>
internal static class CsvPolls
{
    public static byte[] Write(ReportModel model, ReportLabels labels)
    {
        using var table = new CsvTable(
            labels.Item, labels.Part, labels.Poll, labels.Question, labels.GuidingQuestion, labels.Kind, labels.Anonymous, labels.State, labels.Voters,
            labels.Answer, labels.Votes, string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.PercentColumnFormat, labels.ShareOfVoters),
            labels.Place, labels.Points, labels.FirstPlaces, labels.Average);
        foreach (var (item, part) in CsvReport.Parts(model))
        {
            foreach (var poll in part.Polls)
            {
                CsvTable Start() => table.Place(item, part).Text(poll.Id).Text(poll.Question).Text(CsvReport.GuidingQuestion(labels, poll.GuidingQuestion))
                    .Text(ReportText.PollKind(labels, poll.Kind)).Text(ReportText.YesNo(labels, poll.Anonymous))
                    .Text(ReportText.PollState(labels, poll.State)).Number(poll.Voters);

                var rows = 0;
                switch (poll.Kind)
                {
                    case ReportPollKind.SingleChoice or ReportPollKind.MultipleChoice:
                        foreach (var option in poll.Options)
                        {
                            Start().Text(option.Label).Number(option.Votes).Number(option.Percent).Text(null).Text(null).Text(null).Text(null).EndRow();
                            rows++;
                        }

                        break;
                    case ReportPollKind.Rating when poll.Rating is { } rating:
                        foreach (var value in rating.Distribution)
                        {
                            Start().Number(value.Value).Number(value.Votes).Number(value.Percent).Text(null).Text(null).Text(null).Number(rating.Average).EndRow();
                            rows++;
                        }

                        break;
                    case ReportPollKind.Ranking:
                        foreach (var place in poll.Ranking)
                        {
                            Start().Text(place.Label).Text(null).Text(null).Number(place.Place).Number(place.Points).Number(place.FirstPlaces).Text(null).EndRow();
                            rows++;
                        }

                        break;
                    case ReportPollKind.OpenText:
                        foreach (var text in poll.Texts)
                        {
                            Start().Text(text.Text).Number(text.Count).Text(null).Text(null).Text(null).Text(null).Text(null).EndRow();
                            rows++;
                        }

                        break;
                }

                if (rows == 0)
                {
                    Start().Text(null).Text(null).Text(null).Text(null).Text(null).Text(null).Text(null).EndRow();
                }
            }
        }

        return table.ToArray();
    }
}
