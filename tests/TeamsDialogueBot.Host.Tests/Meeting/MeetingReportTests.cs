using System.Globalization;
using System.Text;
using TeamsDialogueBot.Host.Tests.Reports;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Meeting.MeetingKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>
/// The meeting in the report, end to end: the transcript read from a fake Microsoft Graph when the chair asks for the
/// report (before the turn), cut into each intervention by its floor times, and the online attendance from Teams'
/// participant events beside the room's figures.
/// </summary>
public sealed class MeetingReportTests : IAsyncLifetime
{
    private static readonly TeamsUser Hana = new("b0000001-7777-4888-8999-0000000000c1", "Hana Sato");
    private static readonly TeamsUser Omar = new("b0000002-7777-4888-8999-0000000000c2", "Omar Haddad");
    private FakeGraph _graph = null!;
    private ReportHost _report = null!;

    public async Task InitializeAsync()
    {
        _graph = await FakeGraph.StartAsync();
        _report = await ReportHost.StartAsync([Hana, Omar], settings: new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:MaxRetries"] = "1",
            ["Graph:RetryDelaySeconds"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        await _report.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [SkippableFact]
    public async Task Each_intervention_carries_the_cues_spoken_while_it_had_the_floor_and_the_figures_count_who_attended_online()
    {
        // Whole milliseconds: the fake Graph writes the transcript's createdDateTime to the millisecond, and the bot places
        // each cue from it. From a finer clock, a cue would sit up to 1 ms earlier for the bot than for this test, and an
        // `ack` landing in that gap put the cue with another speaker (about one run in two hundred).
        var started = new DateTimeOffset(DateTimeOffset.UtcNow.Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        _report.Connector.SetMeetingInfo(Teams.MeetingId, started, started.AddHours(3), Organizer, GraphMeetingId);
        await _report.Host.SendAsync(Start(_report.Teams, started));
        await _report.Host.SendAsync(Join(_report.Teams, started, ReportHost.Eva, ReportHost.Farid, Teams.Participant));

        // Transcription began a second before the floor opened: a cue every half second, each 0.4 s long, for 100 s
        // (the five turns take about 10 s here, more on a loaded machine; the last one, still open, takes the rest).
        const int cues = 200;
        var created = started.AddSeconds(-1);
        _graph.AddTranscript("t1", created, Vtt(cues));
        TeamsUser[] speakers = [ReportHost.Eva, ReportHost.Farid, Teams.Participant, Hana, Omar];
        foreach (var speaker in speakers)
        {
            await _report.SayAsync(speaker, "q+");
        }

        foreach (var _ in speakers)
        {
            await _report.SayAsync(Teams.Chair, "ack");
            await Task.Delay(TimeSpan.FromSeconds(1.6));
        }

        var (_, token, _) = await _report.ReportAsync();
        using var file = await _report.GetAsync($"/report/{token}/report.json");
        var model = ReportJson.Read(await file.Content.ReadAsByteArrayAsync());

        Assert.Null(model.TranscriptStatus);
        var part = model.Items.SelectMany(i => i.Parts).Single(p => p.Interventions.Count > 0);
        Assert.Equal(speakers.Select(s => s.Name), part.Interventions.Select(i => i.Speaker));
        IEnumerable<ReportIntervention> others(ReportIntervention one) => part.Interventions.Where(i => i != one);
        foreach (var intervention in part.Interventions)
        {
            var expected = Enumerable.Range(0, cues)
                .Where(i => Cue(created, i) >= intervention.StartedAt && (intervention.EndedAt is not { } end || Cue(created, i) < end))
                .Select(i => string.Create(CultureInfo.InvariantCulture, $"Cue {i}."))
                .ToList();
            Assert.True(expected.Count >= 2, $"{intervention.Speaker} should have had the floor for at least two cues");
            Assert.DoesNotContain(expected, cue => others(intervention).Any(o => o.TranscriptExcerpt?.Contains(cue, StringComparison.Ordinal) == true));
            Assert.Equal(string.Join(' ', expected), intervention.TranscriptExcerpt);
        }

        Assert.Equal(new OnlineAttendance(3, 3), part.Figures!.Online);
        Assert.Equal(new OnlineAttendance(3, 3), model.SessionFigures!.Online);
        Assert.Single(_graph.Requests, r => r.Path.EndsWith("/transcripts", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Graph_refusing_the_transcript_puts_its_one_line_in_the_report_and_the_report_still_comes()
    {
        var started = DateTimeOffset.UtcNow;
        _report.Connector.SetMeetingInfo(Teams.MeetingId, started, started.AddHours(3), Organizer, GraphMeetingId);
        await _report.Host.SendAsync(Start(_report.Teams, started));
        _graph.FailNext((403, TimeSpan.Zero), (403, TimeSpan.Zero));
        await _report.SayAsync(ReportHost.Eva, "q+");
        await _report.SayAsync(Teams.Chair, "ack");

        var (_, token, _) = await _report.ReportAsync();
        using var file = await _report.GetAsync($"/report/{token}/report.json");
        var model = ReportJson.Read(await file.Content.ReadAsByteArrayAsync());

        Assert.Contains("OnlineMeetingTranscript.Read.Chat", model.TranscriptStatus, StringComparison.Ordinal);
        Assert.All(model.Items.SelectMany(i => i.Parts).SelectMany(p => p.Interventions), i => Assert.Null(i.TranscriptExcerpt));
    }

    private static string Vtt(int cues)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < cues; i++)
        {
            var start = TimeSpan.FromSeconds(i * 0.5);
            vtt.Append(CultureInfo.InvariantCulture, $"c{i}/1-0\n{Stamp(start)} --> {Stamp(start + TimeSpan.FromMilliseconds(400))}\n<v Speaker>Cue {i}.</v>\n\n");
        }

        return vtt.ToString();
    }

    private static DateTimeOffset Cue(DateTimeOffset created, int i) => created.AddSeconds(i * 0.5);

    private static string Stamp(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}");
}
