using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Host.Reports;

/// <summary>The download page of a report: what it covers and its files with their sizes. Plain HTML, no script.</summary>
internal static class ReportPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}"
        + "td,th{padding:.3rem .8rem .3rem 0;text-align:start;vertical-align:top}.size{text-align:end;white-space:nowrap}";

    private static readonly Dictionary<string, string> Descriptions = new(StringComparer.Ordinal)
    {
        [ReportFileNames.Docx] = "Draft Chair's summary, for the Secretariat to edit (Word)",
        [ReportFileNames.Interventions] = "Interventions in order (CSV)",
        [ReportFileNames.Figures] = "Equal-footing figures (CSV)",
        [ReportFileNames.Polls] = "Poll results (CSV)",
        [ReportFileNames.Questions] = "Questions to the panels (CSV)",
        [ReportFileNames.Inputs] = "Inputs on related activities (CSV)",
        [ReportFileNames.ChairActions] = "Chair actions (CSV)",
        [ReportFileNames.Json] = "Everything, for programs (JSON)",
        [ReportFileNames.CsvZip] = "The six tables in one archive (ZIP)",
    };

    /// <param name="filePrefix">What makes a file's relative address from the page's: "{token}/", or "" when the page was asked with a trailing slash.</param>
    public static string Render(string filePrefix, ReportDownload download, TimeZoneInfo zone, DateTimeOffset now)
    {
        var model = download.Model;
        var html = HtmlEncoder.Default;
        var label = model.TimeZoneLabel is { Length: > 0 } l ? " " + l : "";
        var scope = model.Scope == ReportScope.Item && model.Items.Count == 1 ? $"item {model.Items[0].Number}. {model.Items[0].Title}" : "whole session";
        var generated = model.GeneratedAt.ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + label;
        var expires = TimeZoneInfo.ConvertTime(download.Link.ExpiresAt, zone).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture) + label;
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="{{html.Encode(model.Language)}}" dir="{{DisplaySnapshotBuilder.DirectionOf(model.Language)}}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>Report — {{html.Encode(model.Title)}}</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <h1>{{html.Encode(model.Title)}}</h1>
            <p>Report of the {{html.Encode(scope)}}, as it stood at {{html.Encode(generated)}}.</p>
            <table>
            <thead><tr><th>File</th><th>What it is</th><th class="size">Size</th></tr></thead>
            <tbody>

            """);
        foreach (var file in download.Files)
        {
            var href = html.Encode(filePrefix + Uri.EscapeDataString(file.Name));
            var what = Descriptions.GetValueOrDefault(file.Name, "");
            page.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"{href}\" download>{html.Encode(file.Name)}</a></td><td>{html.Encode(what)}</td><td class=\"size\">{Size(file.Content.Length)}</td></tr>\n");
        }

        page.Append(CultureInfo.InvariantCulture, $$"""
            </tbody>
            </table>
            <p>This link works until {{html.Encode(expires)}} ({{Left(download.Link.ExpiresAt - now)}} left), unless a co-chair withdraws it with <code>report revoke</code>.
            The report names the speakers: keep it within the Secretariat.</p>
            </body>
            </html>

            """);
        return page.ToString();
    }

    private static string Size(int bytes) => bytes < 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes")
        : bytes < 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB");

    private static string Left(TimeSpan left) => left.TotalHours >= 48
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalDays} days")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(0, (int)left.TotalHours)} hours");
}
