using System.Text;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Reports.Json;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// `report` and `report revoke`, within the chair's turn. The report is made when the chair asks and stored with its
/// link: the link keeps giving what the summary card counted, an ended meeting's report never changes, and asking
/// again gives a new link with the state at that time. The files are written from the stored report when downloaded.
/// </summary>
public sealed class ReportService(ReportBuilder builder, ReportLinks links, IReportLinks stored)
{
    public async Task CreateAsync(TurnContext context, ReportCoverage scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scope);
        var turn = context.Turn;
        var inPrivate = turn.Reference.ConversationType == "personal";
        if (!inPrivate && (turn.UserId.Length == 0 || turn.Reference.TenantId is null))
        {
            // The link opens names and figures to whoever holds it; the meeting chat may include guests.
            context.Outbox.Say(ReportReplies.NoPrivateChat(context.SharedTexts));
            return;
        }

        var model = await builder.BuildAsync(context.Session, scope, context.Actor, cancellationToken);
        var token = ReportTokens.New();
        var link = new ReportLink(ReportTokens.Hash(token), context.Session.ConversationId, scope.ItemIndex, context.Now, context.Now + ReportLinks.Lifetime);
        context.Session.AddReportLink(link, Encoding.UTF8.GetString(ReportJson.Write(model)));
        context.Outbox.Post(ReportSummaryCard.Render(ReportSummary.Of(model), context.SharedTexts));

        // The link goes to the chair alone: in their language.
        var expires = TimeZoneInfo.ConvertTime(link.ExpiresAt, ReportBuilder.ZoneOf(context.Session.Programme));
        // The download page follows the link's reader too: the chair's language, when it is not the report's own.
        var chair = context.PrivateTexts;
        var page = links.PageOf(token, chair.Language == Localization.Texts.For(model.Language).Language ? null : chair.Language);
        var text = ReportReplies.Link(page, model, expires, chair);
        if (inPrivate)
        {
            context.Outbox.Say(text);
        }
        else
        {
            context.Outbox.SendPrivately(turn.UserId, turn.UserName, text);
        }
    }

    /// <summary>Revokes every link of the conversation, those of this batch included; says how many stood.</summary>
    public async Task RevokeAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session;
        var live = session.ReportLinksRevoked ? 0 : (await stored.ListAsync(session.ConversationId, cancellationToken)).Count(l => l.IsLive(context.Now));
        live += session.AddedReportLinks.Count;

        // Staged even when none stood: a link another instance adds before this commits is revoked with the others.
        session.RevokeReportLinks();
        context.Outbox.Say(ReportReplies.Revoked(live, context.SharedTexts));
    }
}
