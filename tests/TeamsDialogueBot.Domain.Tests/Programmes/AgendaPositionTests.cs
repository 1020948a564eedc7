using TeamsDialogueBot.Domain.Programme;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Domain.Tests.Programmes;

public sealed class AgendaPositionTests
{
    private static readonly AgendaPosition III = AgendaPosition.Item(2);
    private static readonly AgendaPosition III1 = new(2, 1);
    private static readonly AgendaPosition III2 = new(2, 2);
    private static readonly AgendaPosition IV = AgendaPosition.Item(3);

    private readonly ProgrammeModel programme = ProgrammeKit.Seedlike();

    [Fact]
    public void Positions_are_each_item_followed_by_its_panels()
    {
        Assert.Equal(
            ["I", "II", "III", "III.1", "III.2", "IV", "V"],
            programme.Positions.Select(programme.Reference));
        Assert.Equal(
            [false, false, false, true, true, false, false],
            programme.Positions.Select(p => p.IsPanel));
    }

    [Fact]
    public void Next_walks_the_positions_in_order_and_stops_after_the_last()
    {
        var walked = new List<AgendaPosition>();
        for (AgendaPosition? p = programme.Positions[0]; p is { } position; p = programme.Next(position))
        {
            walked.Add(position);
        }

        Assert.Equal(programme.Positions, walked);
        Assert.Null(programme.Next(AgendaPosition.Item(4)));
    }

    [Fact]
    public void Previous_walks_back_through_the_panels_of_the_item_before()
    {
        Assert.Equal(III2, programme.Previous(IV));
        Assert.Equal(III1, programme.Previous(III2));
        Assert.Equal(III, programme.Previous(III1));
        Assert.Equal(AgendaPosition.Item(1), programme.Previous(III));
        Assert.Null(programme.Previous(AgendaPosition.Item(0)));
    }

    [Fact]
    public void A_programme_without_panels_has_one_position_per_item()
    {
        var plain = programme with { Items = [.. programme.Items.Select(i => i with { Panels = [] })] };

        Assert.Equal(Enumerable.Range(0, 5).Select(AgendaPosition.Item), plain.Positions);
        Assert.Equal(AgendaPosition.Item(3), plain.Next(III));
    }

    [Fact]
    public void Headings_name_the_item_or_the_numbered_panel()
    {
        Assert.Equal("III. Spotlight on the Working Group", programme.Heading(III));
        Assert.Equal("III.2 Panel 2: Protection and assistance measures for smuggled migrants", programme.Heading(III2));
        Assert.Equal("Preventing and combatting the smuggling of migrants", programme.PanelAt(III1)!.Title);
        Assert.Null(programme.PanelAt(III));
    }

    [Fact]
    public void Positions_the_programme_lacks_are_refused()
    {
        AgendaPosition[] missing = [new(2, 3), new(1, 1), new(5, 0), new(-1, 0), new(2, -1)];

        Assert.All(missing, p => Assert.False(programme.Contains(p)));
        Assert.All(missing, p => Assert.Throws<ArgumentOutOfRangeException>(() => programme.Next(p)));
        Assert.All(missing, p => Assert.Throws<ArgumentOutOfRangeException>(() => programme.Heading(p)));
        Assert.All(programme.Positions, p => Assert.True(programme.Contains(p)));
    }

    [Theory]
    [InlineData("III.2", 2, 2)]
    [InlineData("iii.1", 2, 1)]
    [InlineData("3.2", 2, 2)]
    [InlineData(" III.2. ", 2, 2)]
    [InlineData("panel 2", 2, 2)]
    [InlineData("Panel 1", 2, 1)]
    [InlineData("panel2", 2, 2)]
    [InlineData("PANEL  1.", 2, 1)]
    [InlineData("III", 2, 0)]
    [InlineData("III.", 2, 0)]
    [InlineData("3", 2, 0)]
    [InlineData("closing", 4, 0)]
    [InlineData("protection", 2, 2)]
    public void Find_position_understands_what_chairs_type(string reference, int item, int panel)
    {
        Assert.Equal(new AgendaPosition(item, panel), programme.FindPosition(reference));
    }

    [Theory]
    [InlineData("III.3")]
    [InlineData("III.0")]
    [InlineData("II.1")]
    [InlineData("VI.1")]
    [InlineData("6.1")]
    [InlineData("panel 3")]
    [InlineData("panel 0")]
    [InlineData("panel")]
    [InlineData("6")]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("workshop")]
    public void Find_position_gives_null_for_references_to_nothing(string reference)
    {
        Assert.Null(programme.FindPosition(reference));
    }

    [Fact]
    public void Panel_n_means_the_current_items_panel_when_several_items_have_panels()
    {
        var two = ProgrammeKit.Seedlike(new AgendaItem { Number = "VI", Title = "Second round", Panels = [new Panel("Youth", null)] });
        var vi = AgendaPosition.Item(5);

        Assert.Null(two.FindPosition("panel 1"));
        Assert.Null(two.FindPosition("panel 1", AgendaPosition.Item(0)));
        Assert.Equal(new AgendaPosition(5, 1), two.FindPosition("panel 1", vi));
        Assert.Equal(new AgendaPosition(2, 1), two.FindPosition("panel 1", III2));
        Assert.Null(two.FindPosition("panel 2", vi));
        Assert.Equal(new AgendaPosition(2, 2), two.FindPosition("III.2", vi));
    }

    [Fact]
    public void Panel_n_from_an_item_without_panels_means_the_only_item_that_has_some()
    {
        Assert.Equal(III2, programme.FindPosition("panel 2", AgendaPosition.Item(4)));
        Assert.Equal(III1, programme.FindPosition("panel 1", III2));
    }

    [Fact]
    public void An_item_numbered_like_a_panel_reference_is_found_as_the_item()
    {
        var numbered = programme with { Items = [.. programme.Items.Select((item, i) => i == 4 ? item with { Number = "3.2" } : item)] };

        Assert.Equal(AgendaPosition.Item(4), numbered.FindPosition("3.2"));
        Assert.Equal(III2, numbered.FindPosition("III.2"));
    }

    [Fact]
    public void Find_item_keeps_its_behaviour_for_items()
    {
        Assert.Equal(2, programme.FindItem("III"));
        Assert.Equal(2, programme.FindItem("3"));
        Assert.Equal(4, programme.FindItem("Closing."));
        Assert.Null(programme.FindItem("III.2"));
        Assert.Null(programme.FindItem("protection"));
    }
}
