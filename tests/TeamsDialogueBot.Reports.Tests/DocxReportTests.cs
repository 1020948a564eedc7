using DocumentFormat.OpenXml.Wordprocessing;
using TeamsDialogueBot.Benchmarks.Reports;
using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Model;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

public sealed class DocxReportTests
{
    [Fact]
    public void Every_intervention_is_a_row_with_speaker_organisation_group_channel_and_times()
    {
        var model = Samples.English();
        using var docx = new DocxReader(DocxReport.Write(model));

        foreach (var i in Samples.Interventions(model))
        {
            var row = docx.Rows.SingleOrDefault(r => r.Count == 9 && r[1] == i.Speaker && r[2] == i.Organisation);
            Assert.True(row is not null, $"no intervention row for {i.Speaker}");
            Assert.Equal(i.Turn.ToString(), row[0]);
            Assert.Equal(i.StakeholderGroup, row[3]);
            Assert.Equal(i.Channel == ReportChannel.Room ? (i.FromPhone ? "Room (phone)" : "Room") : "Remote", row[4]);
            Assert.Equal($"{i.StartedAt:HH:mm}–{i.EndedAt:HH:mm}", row[5]);
            Assert.Equal($"{(int)i.SpeakingTime.TotalMinutes}:{i.SpeakingTime.Seconds:00}", row[6]);
            Assert.Equal("3:00", row[7]);
        }
    }

    [Fact]
    public void Every_poll_tally_is_a_row_of_its_results_table()
    {
        var model = Samples.English();
        using var docx = new DocxReader(DocxReport.Write(model));
        var rows = docx.Rows.ToList();

        foreach (var poll in Samples.Polls(model))
        {
            Assert.Contains(docx.Paragraphs, p => p.StartsWith($"{poll.Id}. {poll.Question}", StringComparison.Ordinal));
            foreach (var option in poll.Options)
            {
                Assert.Contains(rows, r => r.SequenceEqual([option.Label, option.Votes.ToString(), $"{option.Percent:0.0}%"]));
            }

            foreach (var place in poll.Ranking)
            {
                Assert.Contains(rows, r => r.SequenceEqual([place.Place.ToString(), place.Label, place.Points.ToString(), place.FirstPlaces.ToString()]));
            }

            foreach (var text in poll.Texts)
            {
                Assert.Contains(rows, r => r.SequenceEqual([text.Text, text.Count.ToString()]));
            }

            foreach (var value in poll.Rating?.Distribution ?? [])
            {
                Assert.Contains(rows, r => r.Count == 3 && r[0].StartsWith(value.Value.ToString(), StringComparison.Ordinal) && r[1] == value.Votes.ToString());
            }
        }

        Assert.Contains("Average 3.7 on a scale of 1 to 5.", docx.Paragraphs);
        Assert.Contains("Multiple choice · Closed · 30 voters · anonymous", docx.Paragraphs);
    }

    [Fact]
    public void Every_question_and_input_appears_with_its_attribution()
    {
        var model = Samples.English();
        using var docx = new DocxReader(DocxReport.Write(model));
        var rows = docx.Rows.ToList();

        foreach (var q in Samples.Questions(model))
        {
            Assert.Contains(rows, r => r.Count == 6 && r[1] == q.Text && r[2] == (q.AskedBy ?? "Anonymous") && r[4] == q.Votes.ToString());
        }

        foreach (var input in Samples.Inputs(model))
        {
            // The description's control character is dropped; its line break is kept.
            Assert.Contains(rows, r => r.Count == 4 && r[0] == input.Title && r[1] == input.Description.Replace("\u0001", string.Empty, StringComparison.Ordinal) && r[3] == (input.Attribution ?? "Anonymous"));
        }

        // Inputs come under the guiding question they answer, with its text from the programme.
        Assert.Contains("q1. What support do stakeholders need?", docx.Paragraphs);
        Assert.Contains("Not related to a guiding question", docx.Paragraphs);
    }

    [Fact]
    public void Headings_use_Word_heading_styles_defined_in_the_styles_part()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));
        var styles = docx.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Contains(("Heading1", "Programme"), docx.StyledParagraphs);
        Assert.Contains(("Heading1", "III. Spotlight on the review mechanism"), docx.StyledParagraphs);
        Assert.Contains(("Heading2", "III.1 Panel 1: Lessons from the first cycle"), docx.StyledParagraphs);
        Assert.Contains(("Heading3", "Questions to the panel"), docx.StyledParagraphs);
        Assert.Contains(("Heading2", "Chair actions"), docx.StyledParagraphs);
        Assert.All(docx.StyledParagraphs.Select(p => p.Style).Distinct(), id => Assert.True(styles.ContainsKey(id), $"style {id} is used but not defined"));
    }

    [Fact]
    public void Every_table_starts_with_a_header_row_repeated_on_each_page()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));
        var tables = docx.Body.Descendants<Table>().ToList();

        Assert.True(tables.Count >= 10, $"only {tables.Count} tables");
        Assert.All(tables, t =>
        {
            var rows = t.Elements<TableRow>().ToList();
            Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
            Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        });
    }

    [Fact]
    public void Short_rows_stay_on_one_page_and_a_row_taller_than_a_page_may_break_rather_than_be_cut_off()
    {
        // 2,000 characters with line breaks, as an input's description may be: kept on one page, Word cuts it off.
        var longDescription = string.Join("\n", Enumerable.Repeat("Workshops for prosecutors and judges.", 54));
        var model = Samples.English();
        model = model with
        {
            Items = [.. model.Items.Select(item => item with
            {
                Parts = [.. item.Parts.Select(part => part with
                {
                    Inputs = [.. part.Inputs.Select((input, n) => n == 0 ? input with { Description = longDescription } : input)],
                })],
            })],
        };
        using var docx = new DocxReader(DocxReport.Write(model));
        var rows = docx.Body.Descendants<Table>().SelectMany(t => t.Elements<TableRow>().Skip(1)).ToList();

        var tall = rows.Where(r => r.InnerText.Contains("Workshops for prosecutors", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tall);
        Assert.All(tall, r => Assert.Null(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        var others = rows.Except(tall).ToList();
        Assert.True(others.Count > 20, $"only {others.Count} other rows");
        Assert.All(others, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        AssertValid(docx);
    }

    [Fact]
    public void English_report_passes_the_Open_XML_validator()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));

        AssertValid(docx);
    }

    [Fact]
    public void Arabic_report_is_right_to_left_and_passes_the_validator()
    {
        var model = Samples.Arabic();
        using var docx = new DocxReader(DocxReport.Write(model));

        AssertValid(docx);
        Assert.All(docx.Body.Descendants<Table>(), t => Assert.NotNull(t.GetFirstChild<TableProperties>()!.BiDiVisual));
        var title = docx.Body.Descendants<Paragraph>().First();
        Assert.Equal(model.Title, docx.Paragraphs[0]);
        Assert.NotNull(title.ParagraphProperties!.BiDi);
        Assert.NotNull(title.Descendants<RunProperties>().Single().RightToLeftText);
        Assert.NotNull(docx.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<BiDi>());
        Assert.Equal("ar", docx.Document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.Languages!.Bidi!.Value);
    }

    [Fact]
    public void Arabic_and_Chinese_text_survives()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.Arabic()));

        Assert.Contains(docx.Rows, r => r.Contains(Samples.ArabicSpeaker) && r.Contains(Samples.ArabicOrganisation));
        Assert.Contains(docx.Rows, r => r.Contains(Samples.ChineseSpeaker) && r.Contains(Samples.ChineseOrganisation));
        Assert.Contains(("Heading1", "III. تسليط الضوء على آلية الاستعراض"), docx.StyledParagraphs);
    }

    [Fact]
    public void Left_to_right_document_has_no_bidi_marks()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));

        Assert.Empty(docx.Body.Descendants<BiDi>());
        Assert.Empty(docx.Body.Descendants<BiDiVisual>());
    }

    [Fact]
    public void User_text_is_never_a_hyperlink_or_field()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));

        Assert.Contains(docx.Rows, r => r.Contains("https://example.org/training"));
        Assert.Empty(docx.Body.Descendants<Hyperlink>());
        Assert.Empty(docx.Body.Descendants<SimpleField>());
        Assert.Empty(docx.Body.Descendants<FieldCode>());
        Assert.Empty(docx.Document.MainDocumentPart!.HyperlinkRelationships);
    }

    [Fact]
    public void Transcript_status_or_excerpts_are_reported()
    {
        using var docx = new DocxReader(DocxReport.Write(Samples.English()));

        Assert.Contains("Transcript: no transcript: Teams did not transcribe this meeting (turn on transcription when the meeting starts).", docx.Paragraphs);
        Assert.Contains("We need funding for the country visits.", docx.Paragraphs);
    }

    [Fact]
    public void Large_meeting_has_every_intervention_input_and_question_and_validates()
    {
        var model = LargeMeeting.Create();
        using var docx = new DocxReader(DocxReport.Write(model));
        var cells = docx.Rows.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);

        AssertValid(docx);
        Assert.Equal(LargeMeeting.Interventions, Samples.Interventions(model).Count(i => cells.Contains(i.Speaker)));
        Assert.Equal(LargeMeeting.Inputs, Samples.Inputs(model).Count(i => cells.Contains(i.Title)));
        Assert.Equal(LargeMeeting.Questions, Samples.Questions(model).Count(q => cells.Contains(q.Text)));
        Assert.Equal(LargeMeeting.Polls, Samples.Polls(model).Count(p => docx.Paragraphs.Contains($"{p.Id}. {p.Question} (q{p.GuidingQuestion})")));
    }

    private static void AssertValid(DocxReader docx)
    {
        var errors = docx.ValidationErrors();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n{string.Join("\n", errors.Take(10))}");
    }
}
