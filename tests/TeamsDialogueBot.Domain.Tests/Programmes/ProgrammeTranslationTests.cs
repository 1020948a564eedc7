using TeamsDialogueBot.Domain.Programme;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

namespace TeamsDialogueBot.Domain.Tests.Programmes;

public sealed class ProgrammeTranslationTests
{
    private readonly ProgrammeModel programme = ProgrammeKit.Translated();

    [Fact]
    public void In_a_translated_language_the_texts_are_translated()
    {
        var french = programme.In("fr");

        Assert.Equal("fr", french.Language);
        Assert.Equal("Dialogue constructif", french.Title);
        Assert.Equal("Matin", french.Subtitle);
        Assert.Equal("Salle du Conseil D", french.Venue);
        Assert.Equal("I. Ouverture de la réunion", french.Items[0].Heading);
        Assert.Equal(["Observations liminaires"], french.Items[0].Points);
        Assert.Equal("Pleins feux sur le Groupe de travail", french.Items[2].Title);
        Assert.Equal("Mesures de protection et d'assistance", french.Items[2].Panels[1].Title);
        Assert.Equal("Rôle des parties prenantes", french.Items[3].StandingItems[0].Title);
        Assert.Equal("Comment les parties prenantes peuvent-elles contribuer ?", french.FindGuidingQuestion(1)!.Text);
    }

    [Fact]
    public void Missing_translations_fall_back_to_the_programmes_own_texts()
    {
        var french = programme.In("fr");

        Assert.Equal("Hybrid format", french.Format);
        Assert.Equal("Briefing on the review process", french.Items[1].Title);
        Assert.Equal(["Overview", "Interventions"], french.Items[1].Points);
        Assert.Equal("Preventing and combatting the smuggling of migrants", french.Items[2].Panels[0].Title);
        Assert.Equal("Q&A session", french.Items[2].Panels[0].FollowUp);
        Assert.Equal("Technical assistance", french.Items[3].StandingItems[1].Title);
        Assert.Equal("What formats work?", french.FindGuidingQuestion(3)!.Text);
        Assert.Equal("Closing of the meeting", french.Items[4].Title);
    }

    [Fact]
    public void Empty_or_short_translations_never_blank_a_text()
    {
        var gappy = programme with
        {
            Translations = new Dictionary<string, ProgrammeTranslation>
            {
                ["ru"] = new()
                {
                    Title = "  ",
                    Items = new Dictionary<string, AgendaItemTranslation> { ["II"] = new() { Title = string.Empty, Points = ["Обзор"] } },
                    GuidingQuestions = new Dictionary<int, string> { [3] = string.Empty, [99] = "nothing" },
                },
            },
        };

        var russian = gappy.In("ru");

        Assert.Equal("Constructive Dialogue", russian.Title);
        Assert.Equal("Briefing on the review process", russian.Items[1].Title);
        Assert.Equal(["Обзор", "Interventions"], russian.Items[1].Points);
        Assert.Equal("What formats work?", russian.FindGuidingQuestion(3)!.Text);
    }

    [Fact]
    public void A_translation_keeps_structure_numbers_polls_and_panel_members()
    {
        var french = programme.In("fr");

        Assert.Equal(programme.Items.Select(i => (i.Number, i.Kind)), french.Items.Select(i => (i.Number, i.Kind)));
        Assert.Equal(programme.Positions, french.Positions);
        Assert.Equal(programme.GuidingQuestions.Select(q => q.Number), french.GuidingQuestions.Select(q => q.Number));
        Assert.Same(ProgrammeKit.Poll, french.FindGuidingQuestion(2)!.Poll);
        Assert.Equal(programme.Items[2].Panels[0].Moderator, french.Items[2].Panels[0].Moderator);
        Assert.Same(programme.Items[2].Panels[0].Panellists, french.Items[2].Panels[0].Panellists);
        Assert.Equal(programme.Date, french.Date);
        Assert.Equal(programme.Slots, french.Slots);
        Assert.Equal(programme.DefaultSpeakingTime, french.DefaultSpeakingTime);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("FR")]
    [InlineData("fr-CA")]
    public void Tags_are_normalised(string tag)
    {
        Assert.Equal("Dialogue constructif", programme.In(tag).Title);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("ar")]
    [InlineData("de-DE")]
    [InlineData("")]
    [InlineData(null)]
    public void Without_a_translation_the_programme_itself_is_returned(string? language)
    {
        Assert.Same(programme, programme.In(language));
    }

    [Fact]
    public void A_translation_of_a_translation_starts_from_the_programmes_own_texts()
    {
        var spanish = programme.In("fr").In("es");

        Assert.Equal("Diálogo constructivo", spanish.Title);
        Assert.Equal("Opening of the meeting", spanish.Items[0].Title);
        Assert.Equal("How can stakeholders contribute?", spanish.FindGuidingQuestion(1)!.Text);
        Assert.Same(programme, programme.In("es").In("en"));
        Assert.Same(programme, programme.In("fr").In("de"));
    }

    [Fact]
    public void Languages_lists_the_own_language_then_the_translations_in_UN_order()
    {
        Assert.Equal(["en", "fr", "es"], programme.Languages);
        Assert.Equal(["en", "fr", "es"], programme.In("es").Languages);
        Assert.Equal(["en"], ProgrammeKit.Seedlike().Languages);
        Assert.Equal(["fr"], (ProgrammeKit.Seedlike() with { Language = "fr-CH" }).Languages);
        Assert.Equal(["de"], (ProgrammeKit.Seedlike() with { Language = "de" }).Languages);
    }

    [Fact]
    public void Panel_headings_use_the_translated_label_and_the_languages_colon()
    {
        var french = programme.In("fr");
        var spanish = programme.In("es");

        Assert.Equal("III.2 Réunion-débat 2\u00A0: Mesures de protection et d'assistance", french.Heading(new AgendaPosition(2, 2)));
        Assert.Equal("III.1 Panel 1: Preventing and combatting the smuggling of migrants", spanish.Heading(new AgendaPosition(2, 1)));
        Assert.Equal("III.1 小组讨论 1：Preventing and combatting the smuggling of migrants", (programme with { Language = "zh-Hans", PanelLabel = "小组讨论" }).Heading(new AgendaPosition(2, 1)));
    }

    [Fact]
    public void Chairs_may_name_a_panel_by_the_translated_label_as_well()
    {
        var french = programme.In("fr");

        Assert.Equal(new AgendaPosition(2, 2), french.FindPosition("réunion-débat 2"));
        Assert.Equal(new AgendaPosition(2, 2), french.FindPosition("panel 2"));
        Assert.Equal(AgendaPosition.Item(0), french.FindPosition("ouverture"));
    }
}
