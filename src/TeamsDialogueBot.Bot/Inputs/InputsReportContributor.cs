using System.Globalization;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Inputs;

/// <summary>
/// The report's inputs: every visible input in the part of its item or panel, attributed as its author chose (an
/// anonymous one with no name, organisation or id), and the open-text poll answers as anonymous inputs in their poll's
/// item (polls record no panel) — titled with the poll's question, identical answers once with "(×n)". Read through the
/// report turn's session, so inputs changed earlier in the same batch are seen as changed.
/// </summary>
public sealed class InputsReportContributor(IPollStore polls) : IReportContributor
{
    public async Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(scope);
        var answers = new List<(Poll, IReadOnlyList<AnswerGroup>)>();
        foreach (var poll in await draft.Session.PollsAsync(cancellationToken))
        {
            if (poll.Kind == PollKind.OpenText && poll.ShowsResults && poll.AgendaItemIndex is { } item && draft.Covers(item))
            {
                answers.Add((poll, await polls.AnswerGroupsAsync(draft.ConversationId, poll.Id, cancellationToken)));
            }
        }

        var entries = InputEntries.From(await draft.Session.Inputs.AllAsync(cancellationToken), answers, new InputFilter(scope.ItemIndex, null));

        // Everything read: now add, so a failure above leaves no part half filled.
        foreach (var entry in entries.Where(e => e.ItemIndex is { } item && draft.Covers(item)))
        {
            var position = new AgendaPosition(entry.ItemIndex!.Value, entry.Panel);
            draft.Part(draft.Programme.Contains(position) ? position : AgendaPosition.Item(position.ItemIndex)).Inputs.Add(new ReportInput
            {
                Title = entry.Title,
                Description = entry.Count > 1 ? entry.Description + string.Create(CultureInfo.InvariantCulture, $" (×{entry.Count})") : entry.Description,
                Link = entry.Link,
                Organisation = entry.Organisation,
                Attribution = entry.Attribution,
                GuidingQuestion = entry.GuidingQuestion,
                SubmittedAt = draft.Local(entry.SubmittedAt),
            });
        }
    }
}
