using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Reports;

namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// Gives each intervention of the report its transcript excerpt, from the cut <see cref="ReportTranscriptReader"/> read
/// just before the `report` turn, and sets the report's one line on why there is none. Without a fresh cut (the read
/// failed, or the turn was redelivered much later) the report keeps saying the transcript was not read.
/// </summary>
public sealed class TranscriptReportContributor(ConversationCache cache, TimeProvider time) : IReportContributor
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(5);

    public Task ContributeAsync(ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (cut, at) = cache.Area(draft.ConversationId, ReportTranscriptReader.Area, () => new ReadTranscript()).Last();
        if (cut is null || time.GetUtcNow() - at > Fresh)
        {
            return Task.CompletedTask;
        }

        foreach (var part in draft.Parts.Where(p => p.List is not null))
        {
            // The same entries, in the same order, as ReportFloor made the interventions from.
            var floor = part.List!.Entries.Where(e => e.Turn is not null && e.StartedAt is not null).OrderBy(e => e.Turn).ToList();
            for (var i = 0; i < part.Interventions.Count && i < floor.Count; i++)
            {
                if (cut.ExcerptFor(ReportTranscriptReader.KeyOf(part.List, floor[i])) is { } excerpt)
                {
                    part.Interventions[i] = part.Interventions[i] with { TranscriptExcerpt = excerpt };
                }
            }
        }

        draft.TranscriptStatus = TranscriptStatus.Explain(cut, Texts.For(draft.Language));
        return Task.CompletedTask;
    }
}
