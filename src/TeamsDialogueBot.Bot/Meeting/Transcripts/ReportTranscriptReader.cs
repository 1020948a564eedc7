using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Meeting.Transcripts;

/// <summary>
/// Reads the meeting's transcript when a `report` is asked for, before the turn queues: the report turn itself must not
/// talk to Microsoft Graph (it would hold up the conversation's other turns), so the cut waits in the conversation's
/// cache for <see cref="TranscriptReportContributor"/>. Floor times come from the stored speakers' lists, which is
/// what the report shows unless someone takes the floor in the same instant.
/// </summary>
/// <remarks>
/// One Graph read per conversation per <see cref="Reuse"/>: anyone may type `report` (the chair check comes later), and
/// a burst of them must not become a burst of transcript downloads. A read that takes longer than <see cref="Budget"/>
/// is abandoned so the chair's answer stays within Teams' patience; the report then says the transcript was not read.
/// </remarks>
public sealed class ReportTranscriptReader(TranscriptExcerpts excerpts, ISpeakersListStore lists, ConversationCache cache, TimeProvider time) : ITurnPreparer
{
    internal const string Area = "report-transcript";
    private static readonly TimeSpan Reuse = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);

    public async Task PrepareAsync(Turn turn, TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Command is not { } command || !string.Equals(command.Verb, "report", StringComparison.OrdinalIgnoreCase)
            || command.Arguments.StartsWith("revoke", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var slot = cache.Area(turn.ConversationId, Area, () => new ReadTranscript());
        var now = time.GetUtcNow();
        if (slot.Last() is { Cut: not null } last && now - last.At < Reuse)
        {
            return;
        }

        var windows = new List<InterventionWindow>();
        foreach (var list in await lists.ListAsync(turn.ConversationId, cancellationToken))
        {
            windows.AddRange(list.Entries
                .Where(e => e.StartedAt is not null)
                .Select(e => new InterventionWindow(KeyOf(list, e), e.StartedAt!.Value, e.EndedAt)));
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            slot.Remember(await excerpts.ForDialogueAsync(turn.ConversationId, windows, budget.Token), now);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            slot.Remember(TranscriptCut.Without(TranscriptOutcome.Slow, TranscriptStatus.Slow), now);
        }
    }

    /// <summary>The key an intervention's excerpt is found under: its list's place and its entry number.</summary>
    internal static string KeyOf(SpeakersList list, SpeakerEntry entry) => $"{list.ItemIndex}.{list.Panel}/{entry.Number}";
}
