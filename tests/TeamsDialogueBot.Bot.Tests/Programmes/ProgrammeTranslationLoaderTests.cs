using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

public sealed class ProgrammeTranslationLoaderTests
{
    private readonly TeamsDialogueBot.Domain.Programme.Programme programme = ProgrammeLoader.Parse(TranslationYaml.Valid, "t.yaml");

    [Fact]
    public void Translations_are_read_by_language()
    {
        Assert.Equal(["en", "fr", "es"], programme.Languages);
        Assert.Equal(["es", "fr"], programme.Translations.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void French_texts_replace_the_english_ones_they_translate()
    {
        var french = programme.In("fr-FR");

        Assert.Equal("fr", french.Language);
        Assert.Equal("Dialogue test", french.Title);
        Assert.Equal("Séance du matin", french.Subtitle);
        Assert.Equal("Salle D", french.Venue);
        Assert.Equal("I. Ouverture", french.Items[0].Heading);
        Assert.Equal(["Bienvenue"], french.Items[0].Points);
        Assert.Equal("Pleins feux", french.Items[1].Title);
        Assert.Equal(new PanelTranslation("Prévention", "Questions-réponses"), programme.Translations["fr"].Items["II"].Panels[1]);
        Assert.Equal("Questions-réponses", french.Items[1].Panels[0].FollowUp);
        Assert.Equal("Protection des migrants", french.Items[1].Panels[1].Title);
        Assert.Equal(["Thème", "Autre thème"], french.Items[2].StandingItems.Select(s => s.Title));
        Assert.Equal("Première question ?", french.FindGuidingQuestion(1)!.Text);
        Assert.Equal("II.2 Réunion-débat 2\u00A0: Protection des migrants", french.Heading(new AgendaPosition(1, 2)));
    }

    [Fact]
    public void What_a_translation_leaves_out_shows_in_the_programmes_language()
    {
        var french = programme.In("fr");
        var spanish = programme.In("es");

        Assert.Equal(["Briefing", "Panels:"], french.Items[1].Points);
        Assert.Equal("Exchange", french.Items[2].Title);
        Assert.Equal("Second question?", french.FindGuidingQuestion(2)!.Text);
        Assert.Equal("Diálogo de prueba", spanish.Title);
        Assert.Equal("Morning session", spanish.Subtitle);
        Assert.Equal(["Exposición", "Mesas redondas:"], spanish.Items[1].Points);
        Assert.Equal("Prevention", spanish.Items[1].Panels[0].Title);
        Assert.Equal("II.1 Panel 1: Prevention", spanish.Heading(new AgendaPosition(1, 1)));
        Assert.Same(programme, programme.In("ar"));
    }

    [Fact]
    public void Polls_and_question_numbers_are_the_same_in_every_language()
    {
        var french = programme.In("fr");

        Assert.Equal([1, 2, 3], french.GuidingQuestions.Select(q => q.Number));
        Assert.Equal(programme.FindGuidingQuestion(2)!.Poll, french.FindGuidingQuestion(2)!.Poll);
        Assert.Equal(["Yes", "No"], french.FindGuidingQuestion(2)!.Poll!.Options);
    }

    [Fact]
    public void Panels_name_their_moderator_and_panellists_which_are_never_translated()
    {
        var panel = programme.Items[1].Panels[0];

        Assert.Equal(new PanelMember("Ana Pérez", null), panel.Moderator);
        Assert.Equal([new PanelMember("Li Wei", null), new PanelMember("Jean Martin", "UNHCR")], panel.Panellists);
        Assert.Null(programme.Items[1].Panels[1].Moderator);
        Assert.Empty(programme.Items[1].Panels[1].Panellists);
        Assert.Equal(panel.Moderator, programme.In("fr").Items[1].Panels[0].Moderator);
        Assert.Equal(panel.Panellists, programme.In("fr").Items[1].Panels[0].Panellists);
    }

    [Fact]
    public void Panel_label_defaults_to_panel_and_can_be_set()
    {
        Assert.Equal("Panel", programme.PanelLabel);

        var roundtables = ProgrammeLoader.Parse(TranslationYaml.Programme.Replace("venue: Room D", "venue: Room D\npanel_label: Roundtable", StringComparison.Ordinal), "t.yaml");

        Assert.Equal("II.1 Roundtable 1: Prevention", roundtables.Heading(new AgendaPosition(1, 1)));
    }

    [Fact]
    public void A_programme_in_another_language_may_carry_an_english_translation()
    {
        var yaml = TranslationYaml.Programme.Replace("venue: Room D", "venue: Room D\nlanguage: fr-FR", StringComparison.Ordinal)
            + "translations:\n  en:\n    title: Test dialogue in English\n";

        var french = ProgrammeLoader.Parse(yaml, "t.yaml");

        Assert.Equal(["fr", "en"], french.Languages);
        Assert.Equal("Test dialogue in English", french.In("en-GB").Title);
    }

    [Fact]
    public void Empty_translations_section_is_an_error_but_none_at_all_is_fine()
    {
        Assert.Empty(ProgrammeLoader.Parse(TranslationYaml.Programme, "t.yaml").Translations);
        Assert.Throws<ProgrammeException>(() => ProgrammeLoader.Parse(TranslationYaml.Programme + "translations: {}\n", "t.yaml"));
    }
}
