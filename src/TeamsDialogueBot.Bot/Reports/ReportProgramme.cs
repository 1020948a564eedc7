using System.Globalization;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>The programme as the report prints it: every item with its points, panels and guiding questions.</summary>
public static class ReportProgramme
{
    public static IReadOnlyList<ProgrammeItem> Map(Programme programme, ReportLabels labels)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(labels);
        return [.. programme.Items.Select(item => new ProgrammeItem
        {
            Number = item.Number,
            Title = item.Title,
            Points = [.. item.Points],
            Panels = [.. item.Panels.Select((panel, i) => new ProgrammePanel
            {
                Number = i + 1,
                Title = panel.Title,
                FollowUp = panel.FollowUp,
                Moderator = panel.Moderator is { } moderator ? Person(moderator, labels) : null,
                Panellists = [.. panel.Panellists.Select(p => Person(p, labels))],
            })],
            StandingItems = [.. item.StandingItems.Select(s => new ProgrammeStandingItem
            {
                Title = s.Title,
                GuidingQuestions = [.. s.GuidingQuestions.Select(q => new TeamsDialogueBot.Reports.Model.GuidingQuestion(q.Number, q.Text))],
            })],
        })];
    }

    private static string Person(PanelMember member, ReportLabels labels) =>
        member.Organisation is { Length: > 0 } organisation
            ? string.Format(CultureInfo.InvariantCulture, labels.PersonWithOrganisationFormat, member.Name, organisation)
            : member.Name;
}
