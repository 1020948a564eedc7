using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Timekeeping for the chairs: ten and two minutes before a meeting's scheduled end, each co-chair (and the organizer)
/// is told privately how much time is left and which items are left. Each nudge is committed as a change set claiming a
/// synthetic activity id ("nudge-10:{meeting}:{end}"), so it is sent exactly once across instances and restarts; one
/// found late (the bot was down) is sent only while it is still the latest due, and never after the end.
/// </summary>
public sealed partial class MeetingClock(
    IMeetingSchedule schedule,
    IParticipantProfileStore profiles,
    IChangeCommitter committer,
    OutboxDispatcher dispatcher,
    Programme programme,
    TimeProvider time,
    ILogger<MeetingClock> logger,
    DialogueLanguage? languages = null) : BackgroundService
{
    /// <summary>How long before the scheduled end the nudges go, latest last.</summary>
    public static IReadOnlyList<TimeSpan> Nudges { get; } = [TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(2)];

    /// <summary>How often the schedule is looked at.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, bool> _done = new(StringComparer.Ordinal);

    /// <summary>Sends the nudges due now; returns how many this call committed (tests).</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var (dialogue, end) in await schedule.EndingBetweenAsync(now, now + Nudges[0], cancellationToken))
        {
            if (dialogue.Meeting is { HasEnded: true } || Due(end - now) is not { } due)
            {
                continue;
            }

            var meeting = dialogue.Reference.MeetingId ?? dialogue.ConversationId;
            var claim = string.Create(CultureInfo.InvariantCulture, $"nudge-{(int)due.TotalMinutes}:{meeting}:{end.UtcDateTime:yyyyMMddTHHmm}");
            if (_done.ContainsKey(claim))
            {
                continue;
            }

            var outbox = new TurnOutbox(dialogue.Reference, now);
            if (dialogue.Reference.TenantId is not null)
            {
                // In the dialogue's language (issue 14): the chairs share the meeting, and a background tick has no Teams locale.
                var texts = languages?.Shared(dialogue) ?? Texts.For(dialogue.Language);
                var text = Text(texts, end - now, end, dialogue.CurrentItemIndex);
                foreach (var chair in ChairNotices.Recipients(await profiles.FindChairsAsync(dialogue.ConversationId, cancellationToken), dialogue))
                {
                    outbox.SendPrivately(chair, null, text);
                }
            }

            var result = await committer.CommitAsync(
                new ChangeSet(dialogue.ConversationId, [new ActivityClaim(claim, null)], [.. outbox.Entries.Select(e => new StagedWrite.Enqueue(e))]),
                cancellationToken);
            if (_done.Count > 10_000)
            {
                _done.Clear();
            }

            _done[claim] = true;
            if (result is CommitResult.Stored)
            {
                sent++;
                dispatcher.Kick(dialogue.ConversationId);
            }
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await TickAsync(stoppingToken);
            }
#pragma warning disable CA1031 // The clock must keep ticking through a database hiccup; the next tick tries again.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogTickFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    // The tightest nudge whose moment has come: with 1:40 left only the two-minute one, never a stale ten-minute one.
    private static TimeSpan? Due(TimeSpan left) =>
        left <= TimeSpan.Zero ? null : Nudges.Where(n => left <= n).OrderBy(n => n).Cast<TimeSpan?>().FirstOrDefault();

    private string Text(Texts texts, TimeSpan left, DateTimeOffset end, int currentItem)
    {
        var minutes = Math.Max(1, (int)Math.Round(left.TotalMinutes));
        var shown = programme.In(texts.Language);
        var items = shown.Items.Skip(Math.Max(0, currentItem)).Select(i => $"{i.Number}. {CardText.Plain(i.Title)}").ToList();
        var time = texts.Plural("Nudge.MinutesLeft", minutes, end.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture));
        return items.Count switch
        {
            0 => time,
            1 => time + " " + texts.Format("Nudge.LastItem", items[0]),
            _ => time + " " + texts.Format("Nudge.ItemsLeft", string.Join("; ", items)),
        };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The meeting clock could not check the schedule; it tries again at its next tick")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
