using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>What `report` and `report revoke` say, in the chat (the dialogue's language) or privately (the chair's).</summary>
public static class ReportReplies
{
    public static string NoPrivateChat(Texts? texts = null) => (texts ?? Texts.English)["ReportReply.NoPrivateChat"];

    public static string UnknownItem(string example, Texts? texts = null) => (texts ?? Texts.English).Format("ReportReply.UnknownItem", example);

    /// <summary>The private message with the link. The report names speakers: whoever holds the link can read it.</summary>
    public static string Link(Uri page, ReportModel model, DateTimeOffset expiresAt, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        texts ??= Texts.English;
        var zone = model.TimeZoneLabel is { Length: > 0 } label ? " " + label : "";

        // The link lives a week: it may expire after a clock change, at an offset the report's label does not name.
        var expiryZone = ReportZoneLabel.At(model, expiresAt) is { } expiryLabel ? " " + expiryLabel : "";
        var scope = model.ScopeItem is { } item ? texts.Format("ReportReply.ScopeItem", item) : texts["ReportReply.ScopeSession"];
        var dateCulture = texts.Language == Domain.Languages.UnLanguages.English ? CultureInfo.InvariantCulture : texts.Culture;
        return texts.Format(
            "ReportReply.Link",
            scope,
            model.GeneratedAt.ToString("HH:mm", CultureInfo.InvariantCulture) + zone,
            page.AbsoluteUri,
            expiresAt.ToString(texts["ReportCard.DateTimeFormat"], dateCulture) + expiryZone);
    }

    public static string Revoked(int count, Texts? texts = null)
    {
        texts ??= Texts.English;
        return count == 0 ? texts["ReportReply.RevokedNone"] : texts.Plural("ReportReply.Revoked", count);
    }
}
