using System.Text;
using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Json;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// Opens a report link for the download endpoints. Every request asks the store whether the link is live (one query:
/// an unknown, expired or revoked token all come back null the same way), so a revocation holds at once on every
/// instance. The files are written from the stored report; the last few are kept in memory for a while, as the
/// page and its downloads come in a burst and the DOCX takes a tenth of a second to write.
/// </summary>
public sealed class ReportDownloads(IReportLinks links, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly MemoryCache _written = new(new MemoryCacheOptions { SizeLimit = 64L * 1024 * 1024 });

    public async Task<ReportDownload?> OpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ReportTokens.LooksLikeToken(token))
        {
            return null;
        }

        var hash = ReportTokens.Hash(token!);
        var stored = await links.FindLiveAsync(hash, time.GetUtcNow(), cancellationToken);
        if (stored is null)
        {
            return null;
        }

        if (!_written.TryGetValue(hash, out ReportDownload? download) || download is null)
        {
            var model = ReportJson.Read(Encoding.UTF8.GetBytes(stored.Report));
            download = new ReportDownload(stored.Link, model, ReportFiles.Write(model, Localization.ReportTexts.LabelsFor(Localization.Texts.For(model.Language))));
            _written.Set(hash, download, new MemoryCacheEntryOptions
            {
                Size = download.Files.Sum(f => (long)f.Content.Length),
                SlidingExpiration = KeepFor,
            });
        }

        return download;
    }

    public void Dispose() => _written.Dispose();
}
