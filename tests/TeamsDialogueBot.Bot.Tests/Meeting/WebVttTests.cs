using System.Text;
using TeamsDialogueBot.Bot.Meeting.Transcripts;

namespace TeamsDialogueBot.Bot.Tests.Meeting;

public sealed class WebVttTests
{
    private static Task<WebVttDocument> ReadAsync(string vtt, long maxChars = long.MaxValue) =>
        WebVtt.ReadAsync(new StringReader(vtt), null, maxChars, CancellationToken.None);

    [Fact]
    public async Task Teams_transcript_cues_give_times_speakers_and_plain_text()
    {
        var document = await ReadAsync("""
            WEBVTT

            0f1e2d3c-1/12-0
            00:00:03.120 --> 00:00:05.600
            <v Ana Lima>We need more data &amp; better <b>reporting</b>.</v>

            NOTE written by Teams

            01:02:03.5 --> 01:02:04.000
            <v Co-Chair One>Thank you.</v>
            """);

        Assert.True(document.Readable);
        Assert.Equal(0, document.BrokenCues);
        Assert.Collection(
            document.Cues,
            c =>
            {
                Assert.Equal(TimeSpan.FromMilliseconds(3120), c.Start);
                Assert.Equal(TimeSpan.FromMilliseconds(5600), c.End);
                Assert.Equal("Ana Lima", c.Voice);
                Assert.Equal("We need more data & better reporting.", c.Text);
            },
            c =>
            {
                Assert.Equal(new TimeSpan(0, 1, 2, 3, 500), c.Start);
                Assert.Equal("Co-Chair One", c.Voice);
            });
    }

    [Fact]
    public async Task Broken_cues_are_skipped_and_overlapping_ones_kept()
    {
        var document = await ReadAsync("""
            WEBVTT

            00:00:01.000 --> 00:00:09.000
            one

            00:00:xx.000 --> 00:00:10.000
            broken timing

            no timing line at all

            00:00:05.000 --> 00:00:03.000
            ends before it starts

            00:00:02.000 --> 00:00:04.000
            two overlaps one
            """);

        Assert.True(document.Readable);
        Assert.Equal(3, document.BrokenCues);
        Assert.Equal(["one", "two overlaps one"], document.Cues.Select(c => c.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"error\":\"not vtt\"}")]
    [InlineData("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\nx")]
    [InlineData("WEBVTT\n\ngarbage\n\nmore garbage")]
    public async Task A_file_that_is_not_webvtt_is_unreadable(string text)
    {
        var document = await ReadAsync(text);

        Assert.False(document.Readable);
        Assert.Empty(document.Cues);
    }

    [Fact]
    public async Task A_ten_megabyte_transcript_is_read_line_by_line_keeping_only_the_cues_asked_for()
    {
        var vtt = new StringBuilder("WEBVTT\n\n");
        var cue = 0;
        while (vtt.Length < 10 * 1024 * 1024)
        {
            var start = TimeSpan.FromSeconds(cue);
            vtt.Append($"{start:hh\\:mm\\:ss\\.fff} --> {start + TimeSpan.FromMilliseconds(900):hh\\:mm\\:ss\\.fff}\n<v Speaker {cue % 7}>Cue number {cue} with some words to make the file long enough for the test.</v>\n\n");
            cue++;
        }

        var window = (From: TimeSpan.FromSeconds(1000), To: TimeSpan.FromSeconds(1010));
        var document = await WebVtt.ReadAsync(new StringReader(vtt.ToString()), s => s >= window.From && s < window.To, long.MaxValue, CancellationToken.None);
        var tooLarge = await WebVtt.ReadAsync(new StringReader(vtt.ToString()), null, 1024 * 1024, CancellationToken.None);

        Assert.True(cue > 50_000);
        Assert.True(document.Readable);
        Assert.Equal(10, document.Cues.Count);
        Assert.StartsWith("Cue number 1000 ", document.Cues[0].Text, StringComparison.Ordinal);
        Assert.True(tooLarge.TooLarge);
    }
}
