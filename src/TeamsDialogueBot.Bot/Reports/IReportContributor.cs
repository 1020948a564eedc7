namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// A part of the report that another feature owns: panel Q&amp;A questions, inputs on related activities, online
/// attendance, transcript excerpts, phone requests. Register an implementation in DI
/// (<c>services.AddSingleton&lt;IReportContributor, MyContributor&gt;()</c>) and <see cref="ReportBuilder"/> calls it for
/// every report, after it has filled in the programme, the speakers' lists, the polls and the chair actions, in
/// registration order. Nothing else needs to change.
/// </summary>
/// <remarks>
/// It runs inside the chair's `report` turn, which holds up that conversation's other turns while it runs: read from
/// the stores or <see cref="ReportDraft.Session"/> (which sees the batch's own changes), never call Teams or Microsoft
/// Graph here — fetch such things when they happen (meeting end) and store them. Leave out what must not be shown
/// (hidden or withdrawn items) and give anonymous items no name, id or keyed hash: the writers print what they get.
/// A contributor that throws is logged and the report goes out without the rest of its part: read everything first,
/// then add to the draft, so a failure leaves nothing half added.
/// </remarks>
public interface IReportContributor
{
    /// <summary>Adds this feature's part to <paramref name="draft"/> for the items <paramref name="scope"/> covers.</summary>
    Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken);
}
