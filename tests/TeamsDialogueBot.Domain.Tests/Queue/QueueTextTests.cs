using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Domain.Tests.Queue;

public sealed class QueueTextTests
{
    [Theory]
    [InlineData("3:00", 180)]
    [InlineData("2:30", 150)]
    [InlineData("0:45", 45)]
    [InlineData("4", 240)]
    [InlineData("1:05:30", 3930)]
    public void Speaking_times_parse_as_chairs_type_them(string text, int seconds)
    {
        Assert.True(ClockText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0:00")]
    [InlineData("3:5")]
    [InlineData("3:75")]
    [InlineData("-1:00")]
    [InlineData("three")]
    [InlineData("99:99")]
    [InlineData("999999999:00:00")]
    [InlineData("2147483647:59:59")]
    [InlineData(null)]
    public void Bad_speaking_times_are_refused(string? text)
    {
        Assert.False(ClockText.TryParse(text, out var duration));
        Assert.Null(duration);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(65, "1:05")]
    [InlineData(3930, "1:05:30")]
    [InlineData(-30, "-0:30")]
    public void Durations_format_as_m_ss(int seconds, string expected)
    {
        Assert.Equal(expected, ClockText.Format(TimeSpan.FromSeconds(seconds)));
    }

    [Theory]
    [InlineData("private-sector", "private sector")]
    [InlineData("Private Sector", "private sector")]
    [InlineData("ngo", "NGO")]
    [InlineData("INTERGOVERNMENTAL", "intergovernmental")]
    public void Stakeholder_groups_normalise_to_the_configured_spelling(string input, string expected)
    {
        Assert.True(StakeholderGroups.TryNormalise(input, StakeholderGroups.Default, out var group));
        Assert.Equal(expected, group);
    }

    // Compared letter by letter without building keys (every card render asks this per entry): the same answers as
    // comparing the upper-cased letters and digits, the first configured group that matches winning.
    [Theory]
    [InlineData("Private_Sector!", "private sector")]
    [InlineData("private sectors", null)]
    [InlineData("private", null)]
    [InlineData("--", null)]
    [InlineData("ngo2", null)]
    public void Stakeholder_groups_compare_letters_and_digits_only(string input, string? expected)
    {
        Assert.Equal(expected is not null, StakeholderGroups.TryNormalise(input, ["private sector", "Private-Sector", "NGO"], out var group));
        Assert.Equal(expected, group);
    }

    [Fact]
    public void Unknown_stakeholder_groups_are_refused()
    {
        Assert.False(StakeholderGroups.TryNormalise("pirates", StakeholderGroups.Default, out var group));
        Assert.Null(group);
        Assert.Equal(6, StakeholderGroups.Default.Count);
    }

    [Fact]
    public void Typed_names_give_the_same_id_whatever_the_case_and_spacing()
    {
        var id = ParticipantId.ForTypedName("Ana Silva");

        Assert.Equal(id, ParticipantId.ForTypedName("  ana   SILVA "));
        Assert.NotEqual(id, ParticipantId.ForTypedName("Ana Silvia"));
        Assert.True(id.IsTypedName);
        Assert.False(new ParticipantId("8f6c1d2e-aad").IsTypedName);
    }
}
