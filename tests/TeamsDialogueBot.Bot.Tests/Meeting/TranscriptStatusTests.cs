using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Meeting.Transcripts;

namespace TeamsDialogueBot.Bot.Tests.Meeting;

/// <summary>The report's line on a missing transcript is written in the report's language, with its figures.</summary>
public sealed class TranscriptStatusTests
{
    public static TheoryData<string> OtherLanguages => new() { "fr", "es", "ru", "zh-Hans", "ar" };

    [Fact]
    public void A_read_transcript_needs_no_line()
    {
        var cut = new TranscriptCut(TranscriptOutcome.Available, null, new Dictionary<string, IReadOnlyList<TranscriptCue>>());

        Assert.Null(TranscriptStatus.Explain(cut, Texts.English));
    }

    [Fact]
    public void English_says_what_the_cut_says()
    {
        foreach (var cut in Cuts())
        {
            Assert.Equal(cut.Status, TranscriptStatus.Explain(cut, Texts.English));
        }
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Every_reason_is_said_in_the_reports_language_with_its_figures(string language)
    {
        var texts = Texts.For(language);
        foreach (var cut in Cuts())
        {
            var line = TranscriptStatus.Explain(cut, texts);

            Assert.False(string.IsNullOrWhiteSpace(line));
            Assert.NotEqual(cut.Status, line);
            Assert.DoesNotContain("No transcript", line, StringComparison.Ordinal);
            Assert.DoesNotContain('{', line);
            if (cut.Outcome is TranscriptOutcome.Busy or TranscriptOutcome.Failed && cut.Detail != 0)
            {
                Assert.Contains(cut.Detail.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void French_names_the_size_limit_in_french_units()
    {
        var line = TranscriptStatus.Explain(TranscriptCut.Without(TranscriptOutcome.TooLarge, TranscriptStatus.TooLarge(64), 64), Texts.For("fr"));

        Assert.Equal("Pas de transcription : elle dépasse 64 Mo (Graph:MaxTranscriptMegabytes).", line);
    }

    private static IEnumerable<TranscriptCut> Cuts() =>
    [
        TranscriptCut.Without(TranscriptOutcome.NotAMeeting, TranscriptStatus.NotAMeeting),
        TranscriptCut.Without(TranscriptOutcome.NoTranscript, TranscriptStatus.NoTranscript),
        TranscriptCut.Without(TranscriptOutcome.Forbidden, TranscriptStatus.Forbidden, 403),
        TranscriptCut.Without(TranscriptOutcome.NotFound, TranscriptStatus.NotFound, 404),
        TranscriptCut.Without(TranscriptOutcome.Busy, TranscriptStatus.Busy(503), 503),
        TranscriptCut.Without(TranscriptOutcome.Slow, TranscriptStatus.Slow),
        TranscriptCut.Without(TranscriptOutcome.Unreadable, TranscriptStatus.Unreadable),
        TranscriptCut.Without(TranscriptOutcome.TooLarge, TranscriptStatus.TooLarge(64), 64),
        TranscriptCut.Without(TranscriptOutcome.Failed, TranscriptStatus.Failed(500), 500),
        TranscriptCut.Without(TranscriptOutcome.Failed, TranscriptStatus.Failed(0)),
    ];
}
