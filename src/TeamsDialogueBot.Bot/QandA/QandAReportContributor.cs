using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// Puts each part's written questions into the report, in the order the Q&amp;A card showed them. Reads through the
/// session, so questions asked in the same batch as `report` are in it; hidden and unapproved ones never are.
/// </summary>
public sealed class QandAReportContributor(QandAReport questions) : IReportContributor
{
    public async Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var read = new List<ReportedQuestion>();
        foreach (var item in draft.Items)
        {
            read.AddRange(await questions.QuestionsForReportAsync(draft.Session, item, cancellationToken));
        }

        foreach (var question in read)
        {
            draft.Part(question.Position).Questions.Add(new ReportQuestion
            {
                Text = question.Text,
                AskedBy = question.AskedBy,
                AddressedTo = question.AddressedTo,
                Votes = question.Votes,
                Answered = question.Answered,
                AskedAt = draft.Local(question.AskedAt),
            });
        }
    }
}
