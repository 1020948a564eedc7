using System.Globalization;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>
/// The room display as a pure function of the dialogue's state. Copies names and texts only: nothing that
/// identifies a participant to Teams (ids, MRIs, e-mail addresses) is read, so none can reach the page.
/// </summary>
public static class DisplaySnapshotBuilder
{
    /// <summary>How many of the next speakers the display lists.</summary>
    public const int NextCount = 5;

    /// <summary>How many open-text answers the chart shows, most frequent first.</summary>
    public const int TextRows = 6;

    // Primary language subtags written right to left (scripts Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam).
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku-arab", "nqo", "pa-arab", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    /// <param name="position">Where the agenda stands (the first item before anyone moved it).</param>
    /// <param name="list">The current position's speakers' list, if it has one.</param>
    /// <param name="poll">The poll to show, if any; <paramref name="tally"/> is its tally.</param>
    /// <param name="floorLink">The phones' floor link to show, while it is on.</param>
    /// <param name="roster">The meeting's online roster, when Teams reports one.</param>
    /// <param name="meeting">What is known of the Teams meeting (its scheduled end drives the session clock).</param>
    /// <param name="texts">The dialogue's language (a shared screen); without one, the programme's when the bot has it.</param>
    public static DisplaySnapshot Build(
        Programme programme, AgendaPosition position, SpeakersList? list, Poll? poll, TallyView? tally, DateTimeOffset now,
        DisplayFloorLink? floorLink = null, RosterFigures? roster = null, MeetingFacts? meeting = null, Texts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(programme);
        texts ??= Texts.For(programme.Language);
        programme = programme.In(texts.Language);
        var index = Math.Clamp(position.ItemIndex, 0, Math.Max(0, programme.Items.Count - 1));
        var item = programme.Items.Count == 0 ? null : programme.Items[index];
        var queue = list?.Queue ?? [];
        var listed = Math.Min(NextCount, queue.Count);
        return new DisplaySnapshot(
            programme.Title,
            programme.Subtitle,
            texts.Culture.Name,
            DirectionOf(texts.Language),
            item is null ? null : Current(programme, position, item, index),
            list?.Current is { } current ? Floor(current, list.SpeakingTime) : null,
            [.. queue.Take(NextCount).Select(Queued)],
            queue.Count,
            list?.IsOpen ?? true,
            poll is null || tally is null ? null : Poll(poll, tally, texts),
            now,
            floorLink)
        {
            Online = OnlineLine.For(list, roster) is { } online
                ? new DisplayOnline(online.OnlineNow, online.SpokeSoFar, texts.Format("Display.Online", texts.Number(online.OnlineNow), texts.Number(online.SpokeSoFar)))
                : null,
            SessionEndsAt = meeting is { ScheduledEnd: { } end, HasEnded: false } ? end : null,
            MoreWaiting = queue.Count > listed ? texts.Plural("Display.MoreWaiting", queue.Count - listed) : null,
            TextLanguage = programme.Language,
            TextDirection = DirectionOf(programme.Language),
        };
    }

    // A panel shows as "III.2" with its own title ("Panel 2: …"), counted among the items as its item is.
    private static DisplayItem Current(Programme programme, AgendaPosition position, AgendaItem item, int index)
    {
        if (!position.IsPanel || !programme.Contains(position))
        {
            return new DisplayItem(item.Number, item.Title, index + 1, programme.Items.Count);
        }

        var reference = programme.Reference(position);
        var heading = programme.Heading(position);
        var title = heading.StartsWith(reference, StringComparison.Ordinal) ? heading[reference.Length..].TrimStart(' ', '.') : heading;
        return new DisplayItem(reference, title, index + 1, programme.Items.Count);
    }

    /// <summary>"rtl" for languages written right to left ("ar", "he-IL", "fa"…), else "ltr".</summary>
    public static string DirectionOf(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return "ltr";
        }

        var tag = language.Trim().Replace('_', '-');
        var parts = tag.Split('-');
        var rtl = RightToLeft.Contains(parts[0])
            || (parts.Length > 1 && RightToLeft.Contains(parts[0] + "-" + parts[1]))
            || parts.Skip(1).Any(p => p.Equals("Arab", StringComparison.OrdinalIgnoreCase) || p.Equals("Hebr", StringComparison.OrdinalIgnoreCase));
        return rtl ? "rtl" : "ltr";
    }

    private static DisplayFloor Floor(SpeakerEntry entry, TimeSpan allowed) => new(
        entry.Speaker.Name,
        entry.Speaker.Organisation,
        entry.Speaker.Group,
        ChannelOf(entry.Speaker.Channel),
        entry.Topic,
        entry.StartedAt ?? entry.RequestedAt,
        (int)Math.Round(allowed.TotalSeconds));

    private static DisplayQueued Queued(OrderedEntry ordered) => new(
        ordered.Position,
        ordered.Entry.Speaker.Name,
        ordered.Entry.Speaker.Organisation,
        ChannelOf(ordered.Entry.Speaker.Channel),
        ordered.Entry.State == EntryState.OnHold);

    private static string ChannelOf(SpeakerChannel channel) => channel == SpeakerChannel.Room ? "room" : "remote";

    private static DisplayPoll Poll(Poll poll, TallyView tally, Texts texts)
    {
        var kind = poll.Kind switch
        {
            PollKind.SingleChoice => "single",
            PollKind.MultipleChoice => "multi",
            PollKind.Rating => "rating",
            PollKind.OpenText => "text",
            _ => "ranking",
        };
        IReadOnlyList<DisplayPollRow> rows = [];
        string? summary = null;
        if (!tally.IsHidden)
        {
            (rows, summary) = Results(poll, tally.Results, tally.Respondents, texts);
        }

        return new DisplayPoll(
            poll.Id.Value, poll.Question, kind, poll.IsOpen, tally.IsHidden, tally.Respondents, rows, summary, texts.Plural("Tally.Respondents", tally.Respondents));
    }

    private static (IReadOnlyList<DisplayPollRow> Rows, string? Summary) Results(Poll poll, PollResults results, int respondents, Texts texts)
    {
        switch (poll.Kind)
        {
            case PollKind.Rating when results.Rating is { } rating:
                var rows = rating.Distribution.Select(r => new DisplayPollRow(RatingLabel(r.Value, rating.Scale), Count(r.Count, r.Percentage, texts), r.Percentage)).ToList();
                var average = rating.Average is { } a ? texts.Format("Tally.Average", a.ToString("0.0", texts.Culture), texts.Number(rating.Scale.Max)) : null;
                return (rows, average);
            case PollKind.Ranking:
                var best = Math.Max(1, results.Ranking.Count == 0 ? 1 : results.Ranking.Max(p => p.Points));
                return ([.. results.Ranking.Select(p => new DisplayPollRow(
                    string.Create(CultureInfo.InvariantCulture, $"{p.Place}. {p.Label}"),
                    texts.Plural("Display.Points", p.Points),
                    100.0 * p.Points / best))], texts["Display.Borda"]);
            case PollKind.OpenText:
                return ([.. results.Texts.Take(TextRows).Select(t =>
                {
                    var percent = respondents == 0 ? 0 : 100.0 * t.Count / respondents;
                    return new DisplayPollRow(t.Text, Count(t.Count, percent, texts), percent);
                })], null);
            default:
                return ([.. results.Options.Select(o => new DisplayPollRow(o.Label, Count(o.Count, o.Percentage, texts), o.Percentage))], null);
        }
    }

    private static string RatingLabel(int value, RatingScale scale)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        return value == scale.Min && scale.LowLabel is { } low ? $"{number} — {low}"
            : value == scale.Max && scale.HighLabel is { } high ? $"{number} — {high}"
            : number;
    }

    // "12 (40%)": the count and its rounded share, as the language writes a percentage ("40 %" in French).
    private static string Count(int count, double percent, Texts texts) =>
        texts.Format("Display.CountPercent", texts.Number(count), texts.Number((long)Math.Round(percent, MidpointRounding.AwayFromZero)));
}
