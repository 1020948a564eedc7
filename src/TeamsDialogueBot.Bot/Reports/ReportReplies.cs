using System.Globalization;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>What `report` and `report revoke` say, in the chat or privately.</summary>
public static class ReportReplies
{
    public const string NoPrivateChat =
        "I hand out report links only in a private chat, and this conversation gives me no way to write to you privately. No report was made.";

    public static string UnknownItem(string example) =>
        $"I can't find that agenda item. Name it by its number (`report {example}`) or position (`report 1`); `report` alone covers the whole session.";

    /// <summary>The private message with the link. The report names speakers: whoever holds the link can read it.</summary>
    public static string Link(Uri page, ReportModel model, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(model);
        var zone = model.TimeZoneLabel is { Length: > 0 } label ? " " + label : "";
        var scope = model.ScopeItem is { } item ? "item " + item : "whole session";
        return $"**Report — {scope}**, as it stood at {model.GeneratedAt.ToString("HH:mm", CultureInfo.InvariantCulture)}{zone}\n\n"
            + $"{page.AbsoluteUri}\n\n"
            + "The page lists the draft Chair's summary (DOCX), the tables (CSV, also as one ZIP) and the data (JSON). "
            + $"The link works until {expiresAt.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)}{zone}. "
            + "Anyone holding it can download the report, which names the speakers: share it with the Secretariat only. "
            + "`report revoke` withdraws every report link of this meeting; `report` again gives a new link with the state at that time.";
    }

    public static string Revoked(int count) => count switch
    {
        0 => "There was no live report link to revoke. Nothing else changed.",
        1 => "Revoked the meeting's report link: it now answers \"not found\". Ask `report` for a new one.",
        _ => string.Create(CultureInfo.InvariantCulture, $"Revoked all {count} report links of this meeting: they now answer \"not found\". Ask `report` for a new one."),
    };
}
