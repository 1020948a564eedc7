using TeamsDialogueBot.Host.Tests.Reports;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>
/// A dialogue in Spanish gets its report in Spanish: the DOCX and CSV headings, the programme's translation and the
/// download page; a chair who reads French gets the page in French.
/// </summary>
public sealed class ReportLanguageTests : IAsyncLifetime
{
    private ReportHost _report = null!;

    public async Task InitializeAsync() => _report = await ReportHost.StartAsync();

    public async Task DisposeAsync() => await _report.DisposeAsync();

    [Fact]
    public async Task A_Spanish_dialogue_downloads_a_Spanish_report()
    {
        await _report.SayAsync(Teams.Chair, "language es");
        await _report.SayAsync(ReportHost.Eva, "q+");
        await _report.SayAsync(Teams.Chair, "ack");

        var (_, token, _) = await _report.ReportAsync();

        using var docx = await _report.GetAsync($"/report/{token}/report.docx");
        var document = ReportHost.Searchable(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("Resumen de la Presidencia (borrador)", document, StringComparison.Ordinal);
        Assert.Contains("Intervenciones", document, StringComparison.Ordinal);
        Assert.DoesNotContain("Chair's summary", document, StringComparison.Ordinal);

        using var csv = await _report.GetAsync($"/report/{token}/interventions.csv");
        var header = (await csv.Content.ReadAsStringAsync()).Split('\n')[0];
        Assert.Contains("Orador", header, StringComparison.Ordinal);
        Assert.DoesNotContain("Speaker", header, StringComparison.Ordinal);

        // The chair reads in the dialogue's language: the download page is Spanish too, and the link needs no language.
        using var page = await _report.GetAsync($"/report/{token}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"es\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Informe de toda la sesión", html, StringComparison.Ordinal);
        Assert.Contains("<th>Archivo</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_French_chair_s_download_page_is_French_in_a_Spanish_dialogue_while_the_files_stay_Spanish()
    {
        await _report.SayAsync(Teams.Chair, "language es");
        await _report.SayAsync(ReportHost.Eva, "q+");
        await _report.SayAsync(Teams.Chair, "ack");
        var ask = _report.Teams.Mention(Teams.Chair, "report");
        ask["locale"] = "fr-FR";

        var (_, privately) = await _report.ExchangeAsync(ask);
        var text = Assert.Single(privately)["text"]!.GetValue<string>();
        var token = ReportHost.TokenIn(text);
        Assert.Contains($"/report/{token}?lang=fr", text, StringComparison.Ordinal);

        using var page = await _report.GetAsync($"/report/{token}?lang=fr");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"fr\" dir=\"ltr\">", html, StringComparison.Ordinal);
        Assert.Contains("Rapport sur l’ensemble de la séance", html, StringComparison.Ordinal);
        Assert.Contains("<th>Fichier</th><th>Contenu</th><th class=\"size\">Taille</th>", html, StringComparison.Ordinal);
        Assert.Contains("Projet de résumé de la présidence", html, StringComparison.Ordinal);
        Assert.Matches(@"\(encore [67] jours\)", html);
        Assert.Contains("<code>report revoke</code>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{token}/report.docx\"", html, StringComparison.Ordinal);
        foreach (var english in new[] { "Report of the", "What it is", "This link works", "bytes", "Secretariat." })
        {
            Assert.DoesNotContain(english, html, StringComparison.Ordinal);
        }

        using var docx = await _report.GetAsync($"/report/{token}/report.docx");
        Assert.Contains("Resumen de la Presidencia (borrador)", ReportHost.Searchable(await docx.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
