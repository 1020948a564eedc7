using TeamsDialogueBot.Host.Tests.Reports;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>A dialogue in Spanish gets its report in Spanish: the DOCX and CSV headings, and the programme's translation.</summary>
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
    }
}
