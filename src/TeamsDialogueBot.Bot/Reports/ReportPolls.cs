using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Bot.Reports;

/// <summary>
/// A poll as the report shows it: its tally from the answers grouped by content (<see cref="PollTally.FromGroups"/>),
/// so no voter key, id or name is ever read, let alone written. A hidden poll not yet revealed keeps its counts
/// hidden here too (only how many answered), as on every card: the chair reveals it, then asks for the report again.
/// </summary>
public static class ReportPolls
{
    public static ReportPoll Map(Poll poll, TallyView tally)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentNullException.ThrowIfNull(tally);
        var results = tally.Results;
        return new ReportPoll
        {
            Id = poll.Id.Value,
            Question = poll.Question,
            Kind = poll.Kind switch
            {
                PollKind.SingleChoice => ReportPollKind.SingleChoice,
                PollKind.MultipleChoice => ReportPollKind.MultipleChoice,
                PollKind.Rating => ReportPollKind.Rating,
                PollKind.OpenText => ReportPollKind.OpenText,
                _ => ReportPollKind.Ranking,
            },
            Anonymous = poll.Anonymous,
            State = poll.IsOpen ? ReportPollState.Open : ReportPollState.Closed,
            Voters = tally.Respondents,
            GuidingQuestion = poll.GuidingQuestionNumber,
            Options = results is null ? [] : [.. results.Options.Select(o => new ReportPollOption(o.Label, o.Count, o.Percentage))],
            Rating = results?.Rating is { } rating
                ? new ReportRating
                {
                    Min = rating.Scale.Min,
                    Max = rating.Scale.Max,
                    MinLabel = rating.Scale.LowLabel,
                    MaxLabel = rating.Scale.HighLabel,
                    Average = rating.Average,
                    Distribution = [.. rating.Distribution.Select(d => new ReportRatingCount(d.Value, d.Count, d.Percentage))],
                }
                : null,
            Ranking = results is null ? [] : [.. results.Ranking.Select(p => new ReportRankingPlace(p.Place, p.Label, p.Points, p.FirstPlaces))],
            Texts = results is null ? [] : [.. results.Texts.Select(t => new ReportTextAnswer(t.Text, t.Count))],
        };
    }

    /// <summary>The poll's launch, close and reveal, each with the key of the chair who did it (resolved to a name by the caller).</summary>
    public static IEnumerable<(DateTimeOffset At, string ActorKey, string Action)> Events(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        yield return (poll.OpenedAt, poll.OpenedBy, "poll");
        if (poll.ClosedAt is { } closed)
        {
            yield return (closed, poll.ClosedBy ?? "", "poll close");
        }

        if (poll.RevealedAt is { } revealed)
        {
            yield return (revealed, poll.RevealedBy ?? "", "poll reveal");
        }
    }
}
