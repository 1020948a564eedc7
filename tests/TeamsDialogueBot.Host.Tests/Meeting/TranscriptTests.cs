using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Meeting.Transcripts;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static TeamsDialogueBot.Host.Tests.Meeting.MeetingKit;

namespace TeamsDialogueBot.Host.Tests.Meeting;

/// <summary>
/// Transcript excerpts end to end: meeting details from the fake Connector (organizer, Graph's meeting id), transcripts
/// from a fake Microsoft Graph over real HTTP through the Graph SDK, cut by floor times into each intervention.
/// </summary>
public sealed class TranscriptTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Started = new(2024, 7, 15, 8, 0, 0, TimeSpan.Zero);

    // Transcription started 30 s into the meeting; cue i runs from 10·i s to 10·i + 9 s after that.
    private static readonly DateTimeOffset Created = Started.AddSeconds(30);
    private RecordingConnector _connector = null!;
    private FakeGraph _graph = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingInfo(Teams.MeetingId, Started, Started.AddHours(3), Organizer, GraphMeetingId);
        _graph = await FakeGraph.StartAsync();
        _host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?>
        {
            ["Graph:BaseUrl"] = _graph.BaseUrl,
            ["Graph:MaxRetries"] = "2",
            ["Graph:RetryDelaySeconds"] = "0",
        });
        _teams = new Teams(_connector.ServiceUrl);
        await _host.SendAsync(Start(_teams, Started));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Five_interventions_over_a_forty_cue_transcript_each_get_exactly_their_cues()
    {
        _graph.AddTranscript("t1", Created, Vtt(40));

        // Floor times from 5 s after transcription started, 80 s each, the last one still speaking: cue 0 precedes them all.
        var windows = Enumerable.Range(0, 5).Select(k => new InterventionWindow(
            $"0/{k + 1}", Created.AddSeconds(5 + (80 * k)), k == 4 ? null : Created.AddSeconds(5 + (80 * (k + 1))))).ToList();
        var cut = await Excerpts().ForDialogueAsync(_teams.ConversationId, windows, CancellationToken.None);

        Assert.Equal(TranscriptOutcome.Available, cut.Outcome);
        Assert.Null(cut.Status);
        for (var k = 0; k < 5; k++)
        {
            var expected = Enumerable.Range((8 * k) + 1, k == 4 ? 7 : 8).Select(i => $"Cue {i}.");
            Assert.Equal(expected, cut.Cues[$"0/{k + 1}"].Select(c => c.Text));
        }

        Assert.Equal("Cue 1. Cue 2. Cue 3. Cue 4. Cue 5. Cue 6. Cue 7. Cue 8.", cut.ExcerptFor("0/1"));
        Assert.Equal($"/v1.0/users/{Organizer}/onlineMeetings/{GraphMeetingId}/transcripts", _graph.Requests[0].Path);
    }

    [Theory]
    [InlineData(403, TranscriptOutcome.Forbidden, "OnlineMeetingTranscript.Read.Chat")]
    [InlineData(404, TranscriptOutcome.NotFound, "(404)")]
    [InlineData(503, TranscriptOutcome.Busy, "HTTP 503")]
    public async Task Graph_refusing_or_staying_unavailable_gives_one_line_saying_why(int status, TranscriptOutcome outcome, string says)
    {
        _graph.AddTranscript("t1", Created, Vtt(40));
        _graph.FailNext((status, TimeSpan.Zero), (status, TimeSpan.Zero), (status, TimeSpan.Zero));

        var cut = await Excerpts().ForDialogueAsync(_teams.ConversationId, Windows(), CancellationToken.None);

        Assert.Equal(outcome, cut.Outcome);
        Assert.Contains(says, cut.Status, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', cut.Status!);
        Assert.Empty(cut.Cues);
    }

    [Fact]
    public async Task Throttling_with_retry_after_is_waited_out_and_the_excerpts_come()
    {
        _graph.AddTranscript("t1", Created, Vtt(40));
        _graph.FailNext((429, TimeSpan.FromSeconds(1)));

        var cut = await Excerpts().ForDialogueAsync(_teams.ConversationId, Windows(), CancellationToken.None);

        Assert.Equal(TranscriptOutcome.Available, cut.Outcome);
        Assert.Equal([429, 200, 200], _graph.Requests.Select(r => r.Status));
        Assert.True(_graph.Requests[1].At - _graph.Requests[0].At >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task No_transcript_and_a_malformed_one_are_said_so()
    {
        var none = await Excerpts().ForDialogueAsync(_teams.ConversationId, Windows(), CancellationToken.None);
        _graph.AddTranscript("t1", Created, "<html>Service error</html>");
        var malformed = await Excerpts().ForDialogueAsync(_teams.ConversationId, Windows(), CancellationToken.None);

        Assert.Equal(TranscriptOutcome.NoTranscript, none.Outcome);
        Assert.StartsWith("No transcript: Teams did not transcribe", none.Status, StringComparison.Ordinal);
        Assert.Equal(TranscriptOutcome.Unreadable, malformed.Outcome);
        Assert.StartsWith("Transcript unreadable", malformed.Status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_transcript_is_cut_like_a_small_one()
    {
        var big = Vtt(100_000);
        Assert.True(Encoding.UTF8.GetByteCount(big) > 10 * 1024 * 1024, "the transcript should be over 10 MB");
        _graph.AddTranscript("t1", Created, () => new MemoryStream(Encoding.UTF8.GetBytes(big)));

        var cut = await Excerpts().ForDialogueAsync(_teams.ConversationId, Windows(), CancellationToken.None);

        Assert.Equal(TranscriptOutcome.Available, cut.Outcome);
        Assert.Equal(8, cut.Cues["0/1"].Count);
        Assert.StartsWith("Cue 1. x", cut.Cues["0/1"][0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Cue 8. x", cut.Cues["0/1"][^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chat_that_is_not_a_known_meeting_gets_a_status_not_an_exception()
    {
        var cut = await Excerpts().ForDialogueAsync("19:not-a-meeting@thread.v2", Windows(), CancellationToken.None);

        Assert.Equal(TranscriptOutcome.NotAMeeting, cut.Outcome);
        Assert.Empty(_graph.Requests);
    }

    private TranscriptExcerpts Excerpts() => _host.Services.GetRequiredService<TranscriptExcerpts>();

    private static List<InterventionWindow> Windows() => [new("0/1", Created.AddSeconds(5), Created.AddSeconds(85))];

    // Teams-shaped WebVTT: an id line, the timing, a voice; long filler makes the 10 MB case.
    private static string Vtt(int cues)
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < cues; i++)
        {
            var start = TimeSpan.FromSeconds(10 * i);
            var filler = cues > 1000 ? " " + new string('x', 60) : "";
            vtt.Append(CultureInfo.InvariantCulture, $"c{i}/1-0\n{Stamp(start)} --> {Stamp(start + TimeSpan.FromSeconds(9))}\n<v Speaker {i % 5}>Cue {i}.{filler}</v>\n\n");
        }

        return vtt.ToString();
    }

    private static string Stamp(TimeSpan t) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}");
}
