using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>`report [item]` and `report revoke`, for the co-chairs.</summary>
public sealed class ReportsFeature(ReportService reports, Programme programme) : IFeature
{
    public void Register(ActivityRouter router)
    {
        ArgumentNullException.ThrowIfNull(router);
        router.OnCommand(["report"], Access.Chairs,
            [new("report [item]", "The report of the session or of one item: a summary here, the download link to you privately", Access.Chairs),
             new("report revoke", "Withdraw every report link of this meeting at once", Access.Chairs)],
            ReportAsync);
    }

    private Task ReportAsync(TurnContext context, CommandText command, CancellationToken cancellationToken)
    {
        var argument = command.Arguments.Trim();
        if (argument.Equals("revoke", StringComparison.OrdinalIgnoreCase))
        {
            return reports.RevokeAsync(context, cancellationToken);
        }

        if (argument.Length == 0 || argument.Equals("session", StringComparison.OrdinalIgnoreCase))
        {
            return reports.CreateAsync(context, ReportCoverage.Session, cancellationToken);
        }

        if (programme.FindItem(argument) is { } item)
        {
            return reports.CreateAsync(context, ReportCoverage.Item(item), cancellationToken);
        }

        context.Outbox.Say(ReportReplies.UnknownItem(programme.Items.Count > 0 ? programme.Items[^1].Number : "I", context.SharedTexts));
        return Task.CompletedTask;
    }
}
