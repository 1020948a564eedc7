using System.Globalization;
using System.Text;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Host.Pages;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Host.Reports;

/// <summary>
/// The download page of a report: what it covers and its files with their sizes. Plain HTML, no script. Written in
/// <paramref name="texts"/>' language (issue 14): the requesting chair's, else the report's own; the files themselves
/// are always in the report's language.
/// </summary>
internal static class ReportPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        + "td,th{padding:.3rem .8rem .3rem 0;text-align:start;vertical-align:top}.size{text-align:end;white-space:nowrap}";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ReportFileNames.Docx] = "ReportPage.Docx",
        [ReportFileNames.Interventions] = "ReportPage.Interventions",
        [ReportFileNames.Figures] = "ReportPage.Figures",
        [ReportFileNames.Polls] = "ReportPage.Polls",
        [ReportFileNames.Questions] = "ReportPage.Questions",
        [ReportFileNames.Inputs] = "ReportPage.Inputs",
        [ReportFileNames.ChairActions] = "ReportPage.ChairActions",
        [ReportFileNames.Json] = "ReportPage.Json",
        [ReportFileNames.CsvZip] = "ReportPage.CsvZip",
    };

    /// <summary>The resources the page reads for its files, for the test that each has one.</summary>
    public static IEnumerable<string> DescriptionKeys => Descriptions.Values;

    /// <param name="filePrefix">What makes a file's relative address from the page's: "{token}/", or "" when the page was asked with a trailing slash.</param>
    public static string Render(string filePrefix, ReportDownload download, TimeZoneInfo zone, DateTimeOffset now, Texts texts)
    {
        ArgumentNullException.ThrowIfNull(download);
        ArgumentNullException.ThrowIfNull(texts);
        var model = download.Model;
        var label = model.TimeZoneLabel is { Length: > 0 } l ? " " + l : "";
        var generated = When(model.GeneratedAt, texts) + label;
        // The link lives a week: it may expire after a clock change, at an offset the report's label does not name.
        var expiresAt = TimeZoneInfo.ConvertTime(download.Link.ExpiresAt, zone);
        var expires = When(expiresAt, texts) + (ReportZoneLabel.At(model, expiresAt) is { } expiryLabel ? " " + expiryLabel : "");
        var scope = model.Scope == ReportScope.Item && model.Items.Count == 1
            ? texts.Format("ReportPage.OfItem", model.Items[0].Number, model.Items[0].Title, generated)
            : texts.Format("ReportPage.OfSession", generated);
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{H(texts.Culture.Name)}}" dir="{{DisplaySnapshotBuilder.DirectionOf(texts.Language)}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>{{H(texts.Format("ReportPage.Title", model.Title))}}</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <h1 lang="{{H(model.Language)}}" dir="auto">{{H(model.Title)}}</h1>
            <p>{{H(scope)}}</p>
            <table>
            <thead><tr><th>{{H(texts["ReportPage.File"])}}</th><th>{{H(texts["ReportPage.What"])}}</th><th class="size">{{H(texts["ReportPage.Size"])}}</th></tr></thead>
            <tbody>

            """);
        foreach (var file in download.Files)
        {
            var href = H(filePrefix + Uri.EscapeDataString(file.Name));
            var what = Descriptions.TryGetValue(file.Name, out var key) ? texts[key] : "";
            page.Append(CultureInfo.InvariantCulture, $"<tr><td dir=\"ltr\"><a href=\"{href}\" download>{H(file.Name)}</a></td><td>{H(what)}</td><td class=\"size\">{H(Size(file.Content.Length, texts))}</td></tr>\n");
        }

        page.Append(CultureInfo.InvariantCulture, $$"""
            </tbody>
            </table>
            <p>{{Code(Expiry(download.Link.ExpiresAt - now, expires, texts))}}
            {{H(texts["ReportPage.Confidential"])}}</p>
            </body>
            </html>

            """);
        return page.ToString();
    }

    // The date as the chair's link message writes it (English keeps the invariant "15 July 2024, 10:00").
    private static string When(DateTimeOffset time, Texts texts) =>
        time.ToString(texts["ReportCard.DateTimeFormat"], texts.Language == UnLanguages.English ? CultureInfo.InvariantCulture : texts.Culture);

    private static string Expiry(TimeSpan left, string expires, Texts texts) => left.TotalHours >= 48
        ? texts.Plural("ReportPage.ExpiresInDays", (int)left.TotalDays, expires)
        : texts.Plural("ReportPage.ExpiresInHours", Math.Max(0, (int)left.TotalHours), expires);

    private static string Size(int bytes, Texts texts) => bytes < 1024
        ? texts.Plural("ReportPage.Bytes", bytes)
        : bytes < 1024 * 1024
            ? texts.Format("ReportPage.Kilobytes", (bytes / 1024.0).ToString("0.#", texts.Culture))
            : texts.Format("ReportPage.Megabytes", (bytes / (1024.0 * 1024)).ToString("0.#", texts.Culture));

    // `report revoke` is a command: shown as code, as in the chat.
    private static string Code(string text)
    {
        var parts = text.Split('`');
        return string.Concat(parts.Select((part, i) => i % 2 == 0 ? H(part) : "<code>" + H(part) + "</code>"));
    }

    private static string H(string text) => Html.Encode(text);
}
