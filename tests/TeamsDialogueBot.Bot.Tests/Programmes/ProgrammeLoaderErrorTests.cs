using TeamsDialogueBot.Bot.Programmes;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

public sealed class ProgrammeLoaderErrorTests
{
    private const string File = "agenda.yaml";

    [Fact]
    public void Yaml_syntax_error_names_file_line_and_problem()
    {
        var yaml = ProgrammeYaml.With("    title: Exchange", "    title: \"Exchange");

        var ex = Fails(yaml, line: null, "YAML syntax error");

        Assert.NotNull(ex.Line);
    }

    [Fact]
    public void Misindented_key_is_a_syntax_error_at_its_line()
    {
        Fails(ProgrammeYaml.With("date: 2024-07-15", "date: 2024-07-15\n  oops: 1"), 3, "YAML syntax error");
    }

    [Fact]
    public void Unknown_key_is_reported_with_a_suggestion()
    {
        var ex = Fails(ProgrammeYaml.With("    title: Opening", "    tittle: Opening"), 8, "unknown key 'tittle'");

        Assert.Contains("did you mean 'title'?", ex.Message, StringComparison.Ordinal);
        Assert.Equal(5, ex.Column);
    }

    [Fact]
    public void Unknown_key_at_top_level_is_reported()
    {
        Fails(ProgrammeYaml.With("time_zone: Europe/Vienna", "time_zone: Europe/Vienna\nvenu: Room D"), 4, "unknown key 'venu'");
    }

    [Fact]
    public void Missing_title_is_reported_at_the_programme_start()
    {
        Fails(ProgrammeYaml.With("title: Test dialogue\n", string.Empty), 1, "missing the required key 'title'");
    }

    [Fact]
    public void Missing_date_time_zone_and_items_are_reported()
    {
        Fails(ProgrammeYaml.With("date: 2024-07-15\n", string.Empty), 1, "missing the required key 'date'");
        Fails(ProgrammeYaml.With("time_zone: Europe/Vienna\n", string.Empty), 1, "missing the required key 'time_zone'");
        var noItems = ProgrammeYaml.Valid[..ProgrammeYaml.Valid.IndexOf("items:", StringComparison.Ordinal)];
        Fails(noItems, 1, "missing the required key 'items'");
    }

    [Fact]
    public void Missing_item_number_is_reported_at_the_item()
    {
        Fails(ProgrammeYaml.With("  - number: I\n    title: Opening", "  - title: Opening"), 7, "missing the required key 'number'");
    }

    [Fact]
    public void Missing_item_title_is_reported_at_the_item()
    {
        Fails(ProgrammeYaml.With("    title: Opening\n", string.Empty), 7, "missing the required key 'title'");
    }

    [Fact]
    public void Empty_items_list_is_rejected()
    {
        var yaml = ProgrammeYaml.Valid[..ProgrammeYaml.Valid.IndexOf("items:", StringComparison.Ordinal)] + "items: []";
        Fails(yaml, 6, "at least one agenda item");
    }

    [Theory]
    [InlineData("15/07/2024")]
    [InlineData("2024-7-15")]
    [InlineData("2024-02-30")]
    public void Date_not_in_iso_form_is_rejected(string date)
    {
        Fails(ProgrammeYaml.With("date: 2024-07-15", $"date: {date}"), 2, $"date '{date}' is not a date in the form yyyy-MM-dd");
    }

    [Theory]
    [InlineData("10:00 to 13:00", "not in the form HH:mm-HH:mm")]
    [InlineData("10-13", "not in the form HH:mm-HH:mm")]
    [InlineData("25:00-26:00", "not in the form HH:mm-HH:mm")]
    [InlineData("13:00-10:00", "ends before it starts")]
    public void Bad_time_slot_is_rejected(string slot, string problem)
    {
        Fails(ProgrammeYaml.With("  - \"10:00-13:00\"", $"  - \"{slot}\""), 5, problem);
    }

    [Fact]
    public void Unknown_item_kind_is_rejected_with_the_allowed_kinds()
    {
        var ex = Fails(ProgrammeYaml.With("    kind: opening", "    kind: workshop"), 9, "unknown kind 'workshop'");

        Assert.Contains("tour-de-table", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("W. Europe Standard Time")]
    public void Unknown_or_non_iana_time_zone_is_rejected(string zone)
    {
        Fails(ProgrammeYaml.With("time_zone: Europe/Vienna", $"time_zone: {zone}"), 3, $"time_zone '{zone}' is not a known IANA time zone");
    }

    [Theory]
    [InlineData("3 minutes")]
    [InlineData("0:75")]
    [InlineData("180")]
    [InlineData("0:00")]
    public void Speaking_time_not_in_m_ss_form_is_rejected(string time)
    {
        Fails(ProgrammeYaml.With("    kind: opening", $"    kind: opening\n    speaking_time: \"{time}\""), 10, $"speaking_time '{time}' is not a positive duration in the form m:ss");
    }

    [Fact]
    public void Unknown_poll_kind_is_rejected()
    {
        Fails(ProgrammeYaml.With("              kind: single", "              kind: yesno"), 19, "unknown poll kind 'yesno'");
    }

    [Fact]
    public void Choice_poll_with_fewer_than_two_options_is_rejected()
    {
        Fails(ProgrammeYaml.With("options: [Yes, No]", "options: [Yes]"), 20, "a single poll needs at least 2 options, found 1");
    }

    [Fact]
    public void Ranking_poll_without_options_is_rejected()
    {
        var yaml = ProgrammeYaml.With("              kind: single\n              options: [Yes, No]", "              kind: ranking");
        Fails(yaml, 19, "a ranking poll needs at least 2 options, found 0");
    }

    [Fact]
    public void Duplicate_poll_option_is_rejected()
    {
        Fails(ProgrammeYaml.With("options: [Yes, No]", "options: [Yes, yes]"), 20, "poll option 'Yes' is listed twice");
    }

    [Fact]
    public void Duplicate_item_numbers_are_rejected()
    {
        var ex = Fails(ProgrammeYaml.With("  - number: II", "  - number: I"), 10, "item number 'I' is used twice");

        Assert.Contains("first at line 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        Fails("# nothing here\n", 1, "the file is empty");
    }

    [Fact]
    public void Programme_that_is_a_list_is_rejected()
    {
        Fails("- title: x\n", 1, "the programme must be a mapping");
    }

    [Fact]
    public void Missing_file_names_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "programme.yaml");

        var ex = Assert.Throws<ProgrammeException>(() => ProgrammeLoader.Load(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    private static ProgrammeException Fails(string yaml, int? line, string problem)
    {
        var ex = Assert.Throws<ProgrammeException>(() => ProgrammeLoader.Parse(yaml, File));

        Assert.StartsWith(File + ":", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal(File, ex.SourceName);
        if (line is { } expected)
        {
            Assert.Equal(expected, ex.Line);
            Assert.Contains($"line {expected}, column ", ex.Message, StringComparison.Ordinal);
        }

        return ex;
    }
}
