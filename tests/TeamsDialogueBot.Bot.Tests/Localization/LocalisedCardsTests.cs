using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The converted cards in the real resources: language, direction, the programme's translation, plurals.</summary>
public sealed class LocalisedCardsTests
{
    private static readonly Programme Seed = ProgrammeLoader.LoadBuiltIn();
    private static readonly DateTimeOffset Now = new(2024, 7, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Arabic_cards_are_right_to_left_and_the_others_are_not()
    {
        foreach (var language in new[] { "ar", "zh", "en", "fr", "ru", "es" })
        {
            var texts = Texts.For(language);
            var poll = Poll();
            foreach (var card in new[] { AgendaCard.Render(Seed, Seed.Positions[0], texts), PollCard.Render(poll, PollTally.Compute(poll, []), texts) })
            {
                var json = JsonNode.Parse(CardJson.ToJson(card))!;
                Assert.Equal(language == "ar" ? true : null, json["rtl"]?.GetValue<bool>());
                Assert.Equal(language, json["lang"]!.GetValue<string>());
            }
        }
    }

    [Fact]
    public void A_French_agenda_card_shows_the_programmes_French_translation()
    {
        var text = string.Join("\n", VisibleTexts.Of(AgendaCard.Render(Seed, AgendaPosition.Item(3), Texts.For("fr"))));

        Assert.Contains(Seed.In("fr").Title, text, StringComparison.Ordinal);
        Assert.Contains("Point suivant ▶", text, StringComparison.Ordinal);
        Assert.Contains("Questions directrices (", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Guiding questions", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Monday, 15 July 2024 · 10:00–13:00 and 15:00–18:00 CEST")]
    [InlineData("fr", "lundi 15 juillet 2024 · 10:00–13:00 et 15:00–18:00 CEST")]
    [InlineData("es", "lunes, 15 de julio de 2024 · 10:00–13:00 y 15:00–18:00 CEST")]
    [InlineData("ru", "понедельник, 15 июля 2024 г. · 10:00–13:00 и 15:00–18:00 CEST")]
    [InlineData("zh", "2024年7月15日 星期一 · 10:00–13:00和15:00–18:00 CEST")]
    public void The_schedule_line_is_written_as_each_language_writes_dates(string language, string expected) =>
        Assert.StartsWith(expected, AgendaCard.ScheduleLine(Seed, Texts.For(language)), StringComparison.Ordinal);

    [Theory]
    [InlineData("ru", 1, "ответил 1 участник")]
    [InlineData("ru", 3, "ответили 3 участника")]
    [InlineData("ru", 5, "ответили 5 участников")]
    [InlineData("ru", 21, "ответил 21 участник")]
    [InlineData("ar", 0, "لم يُجب أحد بعد")]
    [InlineData("ar", 2, "مجيبان")]
    [InlineData("ar", 11, "11 مجيبًا")]
    [InlineData("fr", 0, "0 participant a répondu")]
    [InlineData("en", 1, "1 respondent")]
    [InlineData("en", 1234, "1,234 respondents")]
    [InlineData("fr", 1234, "1 234 participants ont répondu")]
    [InlineData("zh", 2, "2 人作答")]
    public void Counts_take_the_plural_form_and_the_digits_grouping_of_the_language(string language, int count, string expected) =>
        Assert.Equal(expected, Texts.For(language).Plural("Tally.Respondents", count).Replace('\u202F', ' ').Replace('\u00A0', ' '));

    [Fact]
    public void A_voters_refusal_is_in_their_language()
    {
        var poll = Poll();
        var error = new PollError(PollErrorCode.TooManySelections, "Pick at most 2 options.");

        Assert.Equal("Выберите не более 2 вариантов.", PollErrorTexts.Explain(error, poll, Texts.For("ru")));
        Assert.Equal("Pick at most 2 options.", PollErrorTexts.Explain(error, poll, Texts.English));
    }

    private static Poll Poll()
    {
        var spec = new PollSpec("Which format?", PollKind.MultipleChoice, ["Hybrid", "Online", "In person"]) { MaxSelections = 2 };
        return Domain.Polls.Poll.AdHoc(PollId.Next(1), spec, 0, "chair", Now).Value!;
    }
}
