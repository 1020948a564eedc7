using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Agenda;

public sealed class AgendaCardTests
{
    private static readonly TeamsDialogueBot.Domain.Programme.Programme Seed = ProgrammeLoader.LoadBuiltIn();

    private static AgendaPosition At(int index) => AgendaPosition.Item(index);

    [Fact]
    public void Done_items_are_ticked_and_the_current_one_is_highlighted()
    {
        var card = AgendaCard.Render(Seed, At(2));

        var items = card.Body.OfType<Container>().ToList();
        Assert.Equal(5, items.Count);
        Assert.Equal([null, null, ContainerStyle.Emphasis, null, null], items.Select(i => i.Style));
        var json = CardJson.ToJson(card);
        Assert.Equal(2, CountOf(json, "\"✓\""));
        Assert.Equal(2, CountOf(json, "\"○\""));
    }

    [Fact]
    public void Guiding_questions_of_the_current_item_fold_behind_toggles_with_unique_ids()
    {
        var card = AgendaCard.Render(Seed, At(3));

        var json = CardJson.ToJson(card);
        for (var q = 1; q <= 13; q++)
        {
            Assert.Contains($"Q{q}.", json, StringComparison.Ordinal);
        }

        Assert.Equal(3, CountOf(json, "Action.ToggleVisibility"));
        Assert.Equal(3, CountOf(json, "\"isVisible\":false"));
    }

    [Fact]
    public void Other_items_do_not_carry_their_details()
    {
        var json = CardJson.ToJson(AgendaCard.Render(Seed, At(0)));

        Assert.DoesNotContain("Q1.", json, StringComparison.Ordinal);
        Assert.Contains("Co-Chairs of the Dialogue will deliver introductory remarks", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Card_is_version_1_5_and_well_under_28_KB_even_at_the_tour_de_table()
    {
        var card = AgendaCard.Render(Seed, At(3));

        Assert.Equal("1.5", card.Version);
        Assert.True(CardJson.Utf8Size(card) < 28 * 1024, $"agenda card is {CardJson.Utf8Size(card)} bytes");
    }

    [Fact]
    public void Schedule_line_names_date_slots_zone_and_format()
    {
        Assert.Equal("Monday, 15 July 2024 · 10:00–13:00 and 15:00–18:00 CEST · Hybrid format", AgendaCard.ScheduleLine(Seed));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
