using System.Globalization;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Protocol.Logging;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// Builds the <see cref="ReportModel"/> of a conversation from its stored state, as the `report` turn sees it: the
/// programme, every speakers' list of the items covered (interventions, equal-footing figures, chair actions), every
/// poll with its tally, then what the <see cref="IReportContributor"/>s add. Each table is read once: all lists in one
/// query, all polls in one, and per poll its answers grouped by content (a few rows, not one per voter).
/// </summary>
public sealed partial class ReportBuilder(
    IPollStore polls, IEnumerable<IReportContributor> contributors, ILogger<ReportBuilder> logger, Localization.DialogueLanguage? languages = null)
{
    private readonly IReportContributor[] _contributors = [.. contributors];

    /// <param name="requestedBy">The chair asking: names their poll actions even if no list's audit trail has them yet.</param>
    public async Task<ReportModel> BuildAsync(ConversationSession session, ReportCoverage scope, Actor requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(requestedBy);
        var programme = session.Programme;
        // The report is written in the dialogue's language (its headings, and the programme's translation into it).
        var language = languages?.Of(session.Dialogue) ?? session.Dialogue.Language ?? Domain.Languages.UnLanguages.English;
        var labels = Localization.ReportTexts.LabelsFor(Localization.Texts.For(language));
        var lists = await session.ListsAsync(cancellationToken);
        var allPolls = await session.PollsAsync(cancellationToken);
        // Inputs and questions may belong to items the agenda has not reached yet: they are part of "the session so far".
        var contributed = (await session.Inputs.AllAsync(cancellationToken)).Where(i => i.State == InputState.Active).Select(i => i.ItemIndex)
            .Concat((await session.StoredQuestionPositionsAsync(cancellationToken)).Select(p => p.ItemIndex));
        var draft = new ReportDraft(session, scope, Covered(session, scope, lists, allPolls, contributed), ZoneOf(programme), labels) { Language = language };

        var firstTime = ReportFigures.FirstTimeEntries(lists);
        // A list whose place an edited programme no longer has is left out: its part could not be named.
        foreach (var list in lists.Where(l => draft.Covers(l.ItemIndex) && programme.Contains(l.Position)))
        {
            ReportFloor.Fill(draft.Part(list.ItemIndex, list.Position.IsPanel ? list.Panel : null), list, firstTime, draft);
        }

        var names = new ChairNames(session, lists, requestedBy);
        foreach (var poll in allPolls.Where(p => draft.Covers(ItemOf(p))))
        {
            var part = draft.Part(ItemOf(poll));
            var tally = PollTally.FromGroups(poll, await polls.AnswerGroupsAsync(session.ConversationId, poll.Id, cancellationToken));
            part.Polls.Add(ReportPolls.Map(poll, tally));
            foreach (var (at, actor, action) in ReportPolls.Events(poll))
            {
                var detail = string.Format(CultureInfo.InvariantCulture, labels.PollActionFormat, poll.Id.Value, poll.Question);
                part.ChairActions.Add(new ReportChairAction(draft.Local(at), await names.OfAsync(actor, cancellationToken) ?? labels.UnnamedChair, action, detail));
            }
        }

        foreach (var contributor in _contributors)
        {
            await ContributeAsync(contributor, draft, scope, cancellationToken);
        }

        var sessionFigures = scope.IsSession
            ? ReportFigures.Merge([.. draft.Parts.Select(p => p.Figures).OfType<EqualFootingFigures>()], GroupOrder(lists), draft.SessionOnline)
            : null;
        return draft.ToModel(ReportProgramme.Map(programme.In(language), labels), sessionFigures);
    }

    /// <summary>
    /// One item (its panels with it); or the whole session so far: every item up to the furthest of the current one and
    /// any with a list, a poll, an input or a Q&amp;A.
    /// </summary>
    private static List<int> Covered(
        ConversationSession session, ReportCoverage scope, IReadOnlyList<SpeakersList> lists, IReadOnlyList<Poll> allPolls, IEnumerable<int> contributed)
    {
        var count = session.Programme.Items.Count;
        if (scope.ItemIndex is { } item)
        {
            return item < count ? [item] : throw new ArgumentOutOfRangeException(nameof(scope), item, "The programme has no such item.");
        }

        var last = new[] { session.Dialogue.CurrentItemIndex }
            .Concat(lists.Select(l => l.ItemIndex))
            .Concat(allPolls.Select(ItemOf))
            .Concat(contributed)
            .Max();
        return [.. Enumerable.Range(0, Math.Min(last + 1, count))];
    }

    // A poll launched before the session started has no item: it belongs to the first.
    private static int ItemOf(Poll poll) => poll.AgendaItemIndex ?? 0;

    private static IReadOnlyList<string> GroupOrder(IReadOnlyList<SpeakersList> lists) =>
        lists.Count > 0 ? lists[0].Groups : StakeholderGroups.Default;

    /// <summary>The venue's time zone (Programme.TimeZone, an IANA id); UTC should the system not know it.</summary>
    public static TimeZoneInfo ZoneOf(Programme programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return TimeZoneInfo.TryFindSystemTimeZoneById(programme.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
    }

#pragma warning disable CA1031 // A contributor's failure costs its own part of the report, not the report.
    private async Task ContributeAsync(IReportContributor contributor, ReportDraft draft, ReportCoverage scope, CancellationToken cancellationToken)
    {
        try
        {
            await contributor.ContributeAsync(draft, scope, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogContributorFailed(logger, e, contributor.GetType().Name, LogText.Safe(draft.ConversationId));
        }
    }
#pragma warning restore CA1031

    [LoggerMessage(Level = LogLevel.Error, Message = "Report contributor {Contributor} failed for conversation {ConversationId}; the report goes out without its part")]
    private static partial void LogContributorFailed(ILogger logger, Exception exception, string contributor, string conversationId);

    /// <summary>
    /// Chairs' names by the key their actions carry (a poll stores only the chair's key): from the lists' audit trails,
    /// the chair asking, else their profile. Never the key itself: a chair nobody named stays unnamed.
    /// </summary>
    private sealed class ChairNames
    {
        private readonly ConversationSession _session;
        private readonly Dictionary<string, string?> _names = new(StringComparer.Ordinal);

        public ChairNames(ConversationSession session, IEnumerable<SpeakersList> lists, Actor requestedBy)
        {
            _session = session;
            foreach (var audit in lists.SelectMany(l => l.Audit))
            {
                _names[audit.ActorId] = audit.ActorName;
            }

            _names[requestedBy.Id] = requestedBy.Name;
        }

        public async ValueTask<string?> OfAsync(string key, CancellationToken cancellationToken)
        {
            if (!_names.TryGetValue(key, out var name))
            {
                name = key.Length == 0 ? null : (await _session.ProfileAsync(new ParticipantId(key), cancellationToken))?.Name;
                _names[key] = name;
            }

            return name;
        }
    }
}
