using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Bot.Meeting;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Domain.Changes;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Meeting.MeetingKit;
using static TeamsDialogueBot.Host.Tests.Queue.QueueTestKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>
/// The chairs' nudges 10 and 2 minutes before the scheduled end: the real stores and outbox, the clock on a
/// FakeTimeProvider, and a second clock standing for another instance (or the same one after a restart).
/// </summary>
public sealed class NudgeTests : IAsyncLifetime
{
    // Real instants (the outbox drops what is older than Outbox:MaxAge by the host's own clock), whole minutes.
    private static readonly DateTimeOffset Started = new(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerMinute * TimeSpan.TicksPerMinute, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Started.AddHours(3);
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _connector.SetMeetingInfo(Teams.MeetingId, Started, End, Organizer, GraphMeetingId);
        _host = await BotTestHost.StartAsync(_connector);
        _teams = new Teams(_connector.ServiceUrl);
        await _host.SendAsync(Start(_teams, Started));
        await _host.SendAsync(_teams.Mention(Teams.Chair, "next"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Each_nudge_goes_once_to_the_chair_with_the_items_left_across_instances()
    {
        var time = new FakeTimeProvider(End.AddMinutes(-11));
        var clock = Clock(time);
        var otherInstance = Clock(time);

        Assert.Equal(0, await clock.TickAsync(CancellationToken.None));
        time.SetUtcNow(End.AddMinutes(-9.5));
        Assert.Equal(1, await clock.TickAsync(CancellationToken.None));
        Assert.Equal(0, await clock.TickAsync(CancellationToken.None));
        time.SetUtcNow(End.AddMinutes(-9));
        Assert.Equal(0, await otherInstance.TickAsync(CancellationToken.None));
        time.SetUtcNow(End.AddMinutes(-1.5));
        Assert.Equal(1, await otherInstance.TickAsync(CancellationToken.None));
        Assert.Equal(0, await clock.TickAsync(CancellationToken.None));
        time.SetUtcNow(End.AddMinutes(1));
        Assert.Equal(0, await clock.TickAsync(CancellationToken.None));
        await _host.SentAsync();

        var nudges = _connector.Sent.Select(TextOf).Where(t => t.StartsWith('⏱')).ToList();
        Assert.Equal(2, nudges.Count);
        Assert.StartsWith($"⏱ 10 minutes left until the scheduled end ({End.UtcDateTime:HH:mm} UTC).", nudges[0], StringComparison.Ordinal);
        Assert.StartsWith("⏱ 2 minutes left", nudges[1], StringComparison.Ordinal);
        var programme = _host.Services.GetRequiredService<Programme>();
        Assert.Contains($"Items left: {programme.Items[1].Number}. ", nudges[0], StringComparison.Ordinal);
        Assert.DoesNotContain(SentIn(_connector, _teams.ConversationId), a => TextOf(a).StartsWith('⏱'));
    }

    [Fact]
    public async Task A_clock_that_was_down_sends_only_the_latest_nudge_and_none_after_the_end()
    {
        var time = new FakeTimeProvider(End.AddMinutes(-1));

        Assert.Equal(1, await Clock(time).TickAsync(CancellationToken.None));
        time.SetUtcNow(End.AddSeconds(30));
        Assert.Equal(0, await Clock(time).TickAsync(CancellationToken.None));
        await _host.SentAsync();

        var nudge = Assert.Single(_connector.Sent.Select(TextOf), t => t.StartsWith('⏱'));
        Assert.StartsWith("⏱ 1 minute left", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Russian_dialogue_s_chairs_are_nudged_in_Russian_with_the_plural_the_count_takes()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "language ru"));
        var time = new FakeTimeProvider(End.AddMinutes(-1.5));

        Assert.Equal(1, await Clock(time).TickAsync(CancellationToken.None));
        await _host.SentAsync();

        var nudge = Assert.Single(_connector.Sent.Select(TextOf), t => t.StartsWith('⏱'));
        Assert.StartsWith($"⏱ До запланированного окончания осталось 2 минуты ({End.UtcDateTime:HH:mm} UTC). Оставшиеся пункты: ", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ended_meeting_gets_no_nudges()
    {
        await _host.SendAsync(MeetingKit.End(_teams, End.AddMinutes(-20)));
        var time = new FakeTimeProvider(End.AddMinutes(-5));

        Assert.Equal(0, await Clock(time).TickAsync(CancellationToken.None));
    }

    private MeetingClock Clock(TimeProvider time) => new(
        _host.Services.GetRequiredService<IMeetingSchedule>(),
        _host.Services.GetRequiredService<IParticipantProfileStore>(),
        _host.Services.GetRequiredService<IChangeCommitter>(),
        _host.Services.GetRequiredService<OutboxDispatcher>(),
        _host.Services.GetRequiredService<Programme>(),
        time,
        NullLogger<MeetingClock>.Instance);
}
