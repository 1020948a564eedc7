using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

/// <summary>The seed keeps English and carries French and Spanish for everything a card shows of it.</summary>
public sealed class SeedTranslationTests
{
    /// <summary>
    /// Texts allowed to read the same as the English (proper nouns). None today: even "Microsoft
    /// Teams" sits inside a translated venue line. Add an entry here with the reason if one is needed.
    /// </summary>
    private static readonly HashSet<string> SameAsEnglish = new(StringComparer.Ordinal);

    private readonly TeamsDialogueBot.Domain.Programme.Programme seed = ProgrammeLoader.LoadBuiltIn();

    public static TheoryData<string> Languages => new() { "fr", "es" };

    [Fact]
    public void Seed_is_english_with_french_and_spanish()
    {
        Assert.Equal(["en", "fr", "es"], seed.Languages);
        Assert.Equal(["es", "fr"], seed.Translations.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_of_the_seed_is_translated(string language)
    {
        var translation = seed.Translations[language];

        Assert.All(seed.Items, item =>
        {
            var itemTranslation = translation.Items[item.Number];
            Translated(item.Title, itemTranslation.Title);
            Assert.Equal(item.Points.Count, itemTranslation.Points!.Count);
            Assert.All(item.Points.Zip(itemTranslation.Points), p => Translated(p.First, p.Second));
            Assert.Equal(item.Panels.Count, itemTranslation.Panels.Count);
            Assert.All(Enumerable.Range(1, item.Panels.Count), n =>
            {
                Translated(item.Panels[n - 1].Title, itemTranslation.Panels[n].Title);
                Translated(item.Panels[n - 1].FollowUp!, itemTranslation.Panels[n].FollowUp);
            });
            Assert.Equal(item.StandingItems.Count, itemTranslation.StandingItems.Count);
            Assert.All(Enumerable.Range(1, item.StandingItems.Count), n => Translated(item.StandingItems[n - 1].Title, itemTranslation.StandingItems[n]));
        });
        Assert.Equal(Enumerable.Range(1, 13), translation.GuidingQuestions.Keys.Order());
        Assert.All(seed.GuidingQuestions, q => Translated(q.Text, translation.GuidingQuestions[q.Number]));
        Translated(seed.Title, translation.Title);
        Translated(seed.Format!, translation.Format);
        Translated(seed.Venue!, translation.Venue);
        Translated(seed.PanelLabel, translation.PanelLabel);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_translated_seed_has_the_same_structure_and_no_english_left_in_its_texts(string language)
    {
        var translated = seed.In(language);

        Assert.Equal(language, translated.Language);
        Assert.Equal(seed.Positions, translated.Positions);
        Assert.Equal(seed.Items.Select(i => i.Number), translated.Items.Select(i => i.Number));
        Assert.Equal(seed.GuidingQuestions.Select(q => (q.Number, q.Poll)), translated.GuidingQuestions.Select(q => (q.Number, q.Poll)));
        var english = Texts(seed).ToHashSet(StringComparer.Ordinal);
        Assert.All(Texts(translated), text => Assert.DoesNotContain(text, english));
    }

    [Fact]
    public void French_uses_the_UN_terms()
    {
        var french = seed.In("fr");

        Assert.Equal("III.2 Réunion-débat 2\u00A0: Mesures de protection et d'assistance en faveur des migrants objet d'un trafic illicite", french.Heading(new AgendaPosition(2, 2)));
        Assert.Contains("Convention des Nations Unies contre la criminalité transnationale organisée", french.Title, StringComparison.Ordinal);
        Assert.Contains("Groupe de travail sur le trafic illicite de migrants", french.Title, StringComparison.Ordinal);
        Assert.Contains("Protocole relatif au trafic illicite de migrants", french.FindGuidingQuestion(1)!.Text, StringComparison.Ordinal);
        Assert.Contains("parties prenantes non gouvernementales", french.Items[3].Title, StringComparison.Ordinal);
        Assert.Contains("États parties", french.FindGuidingQuestion(7)!.Text, StringComparison.Ordinal);
        Assert.StartsWith("Tour de table", french.Items[3].Points[0], StringComparison.Ordinal);

        // French typography: a no-break space before ? and :, never a plain one.
        Assert.All(french.GuidingQuestions, q => Assert.DoesNotContain(" ?", q.Text, StringComparison.Ordinal));
        Assert.EndsWith("\u00A0?", french.FindGuidingQuestion(13)!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Spanish_uses_the_UN_terms()
    {
        var spanish = seed.In("es");

        Assert.Equal("III.1 Mesa redonda 1: Prevenir y combatir el tráfico ilícito de migrantes mediante la cooperación internacional, abordando al mismo tiempo sus causas profundas, de conformidad con las disposiciones de la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional y sus Protocolos", spanish.Heading(new AgendaPosition(2, 1)));
        Assert.Contains("Grupo de Trabajo sobre el Tráfico Ilícito de Migrantes", spanish.Title, StringComparison.Ordinal);
        Assert.Contains("Protocolo contra el tráfico ilícito de migrantes", spanish.FindGuidingQuestion(1)!.Text, StringComparison.Ordinal);
        Assert.Contains("partes interesadas no gubernamentales", spanish.Items[3].Title, StringComparison.Ordinal);
        Assert.Contains("Estados partes", spanish.FindGuidingQuestion(7)!.Text, StringComparison.Ordinal);
        Assert.All(spanish.GuidingQuestions, q => Assert.StartsWith("¿", q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_positions_walk_through_the_two_panels_of_item_III()
    {
        Assert.Equal(["I", "II", "III", "III.1", "III.2", "IV", "V"], seed.Positions.Select(seed.Reference));
        Assert.Equal(new AgendaPosition(2, 2), seed.FindPosition("goto III.2"[5..]));
        Assert.Equal(new AgendaPosition(2, 2), seed.FindPosition("panel 2"));
        Assert.Equal("III.2 Panel 2: Protection and assistance measures for smuggled migrants", seed.Heading(new AgendaPosition(2, 2)));
        Assert.All(seed.Items[2].Panels, p => Assert.Null(p.Moderator));
        Assert.All(seed.Items[2].Panels, p => Assert.Empty(p.Panellists));
    }

    private static void Translated(string english, string? translated)
    {
        Assert.False(string.IsNullOrWhiteSpace(translated), $"no translation of '{english}'");
        if (!SameAsEnglish.Contains(english))
        {
            Assert.NotEqual(english, translated);
        }
    }

    private static IEnumerable<string> Texts(TeamsDialogueBot.Domain.Programme.Programme programme) =>
        new[] { programme.Title, programme.Format!, programme.Venue! }
            .Concat(programme.Items.Select(i => i.Title))
            .Concat(programme.Items.SelectMany(i => i.Points))
            .Concat(programme.Items.SelectMany(i => i.Panels).SelectMany(p => new[] { p.Title, p.FollowUp! }))
            .Concat(programme.Items.SelectMany(i => i.StandingItems).Select(s => s.Title))
            .Concat(programme.GuidingQuestions.Select(q => q.Text))
            .Where(t => !SameAsEnglish.Contains(t));
}
