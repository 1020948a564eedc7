using TeamsDialogueBot.Bot.Programmes;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

/// <summary>Every bad translation stops loading with the file, the line and the key's path in the message.</summary>
public sealed class ProgrammeTranslationErrorTests
{
    private const string File = "agenda.yaml";

    [Theory]
    [InlineData("de")]
    [InlineData("pt")]
    [InlineData("zz")]
    public void A_language_that_is_not_one_of_the_six_is_refused(string code)
    {
        var yaml = TranslationYaml.With("  es:", $"  {code}:");

        var ex = Fails(yaml, $"  {code}:", $"translations.{code}: '{code}' is not one of the six UN languages");

        Assert.Contains("ar, zh, en, fr, ru, es", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("zh-Hans", "zh")]
    [InlineData("ES", "es")]
    public void A_regional_or_script_tag_is_refused_with_the_code_to_write(string tag, string code)
    {
        var yaml = TranslationYaml.With("  es:", $"  {tag}:");

        Fails(yaml, $"  {tag}:", $"translations.{tag}: '{tag}' is not one of the six UN languages (write '{code}')");
    }

    [Fact]
    public void A_translation_into_the_programmes_own_language_is_refused()
    {
        Fails(TranslationYaml.With("  es:", "  en:"), "  en:", "translations.en: 'en' is the programme's own language");
    }

    [Fact]
    public void An_unknown_item_number_is_refused_with_the_items()
    {
        var ex = Fails(TranslationYaml.With("      III:", "      VI:"), "      VI:", "translations.fr.items.VI: there is no item 'VI'");

        Assert.Contains("the items are I, II, III", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_number_in_the_wrong_case_gets_a_suggestion()
    {
        Fails(TranslationYaml.With("      III:", "      iii:"), "      iii:", "translations.fr.items.iii: there is no item 'iii' (did you mean 'III'?)");
    }

    [Theory]
    [InlineData("    venue: Salle D", "    venu: Salle D", "unknown key 'venu' in translations.fr (did you mean 'venue'?)")]
    [InlineData("        title: Ouverture", "        titel: Ouverture", "unknown key 'titel' in translations.fr.items.I (did you mean 'title'?)")]
    [InlineData("            follow_up: Questions-réponses", "            followup: Questions-réponses", "unknown key 'followup' in translations.fr.items.II.panels.1 (did you mean 'follow_up'?)")]
    [InlineData("            title: Autre thème", "            name: Autre thème", "unknown key 'name' in translations.fr.items.III.standing_items.2")]
    [InlineData("    items:\n      II:\n        points", "    items:\n      II:\n        bullets", "unknown key 'bullets' in translations.es.items.II")]
    [InlineData("    title: Dialogue test", "    date: 2024-07-16", "unknown key 'date' in translations.fr")]
    public void An_unknown_key_is_refused_with_its_path(string oldText, string newText, string problem)
    {
        var yaml = TranslationYaml.With(oldText, newText);

        Fails(yaml, newText.Split('\n')[^1], problem);
    }

    [Theory]
    [InlineData("    title: Dialogue test", "    title: \"\"", "'title' in translations.fr must not be empty")]
    [InlineData("        title: Ouverture", "        title:", "'title' in translations.fr.items.I must not be empty")]
    [InlineData("          - Bienvenue", "          - \"  \"", "each entry of 'points' in translations.fr.items.I must be non-empty text")]
    [InlineData("          2: Protection des migrants", "          2: \"\"", "translations.fr.items.II.panels.2 must not be empty")]
    [InlineData("          1: Thème", "          1: ''", "translations.fr.items.III.standing_items.1 must not be empty")]
    [InlineData("      3: Troisième question ?", "      3: ''", "translations.fr.guiding_questions.3 must not be empty")]
    [InlineData("  es:\n    title: Diálogo de prueba\n    items:\n      II:\n        points: [Exposición, \"Mesas redondas:\"]", "  es:", "translations.es must not be empty")]
    [InlineData("      I:\n        title: Ouverture\n        points:\n          - Bienvenue", "      I: {}", "translations.fr.items.I must not be empty")]
    public void An_empty_value_is_refused_with_its_path(string oldText, string newText, string problem)
    {
        var yaml = TranslationYaml.With(oldText, newText);

        Fails(yaml, newText.Split('\n')[^1], problem);
    }

    [Fact]
    public void Too_few_points_are_refused()
    {
        var yaml = TranslationYaml.With("points: [Exposición, \"Mesas redondas:\"]", "points: [Exposición]");

        Fails(yaml, "points: [Exposición]", "translations.es.items.II.points has 1 entry but item II has 2 points; translate every point, in the same order");
    }

    [Fact]
    public void Too_many_points_are_refused()
    {
        var yaml = TranslationYaml.With("          - Bienvenue", "          - Bienvenue\n          - Et merci");

        Fails(yaml, "          - Bienvenue", "translations.fr.items.I.points has 2 entries but item I has 1 point");
    }

    [Fact]
    public void Points_for_an_item_without_points_are_refused()
    {
        var yaml = TranslationYaml.With("        standing_items:", "        points: [Un]\n        standing_items:");

        Fails(yaml, "points: [Un]", "translations.fr.items.III.points: item III has no points to translate");
    }

    [Theory]
    [InlineData("          2: Protection des migrants", "          3: Protection des migrants", "translations.fr.items.II.panels.3: there is no panel '3' in item II; there are 2 panels, numbered from 1")]
    [InlineData("          2: Protection des migrants", "          0: Protection des migrants", "translations.fr.items.II.panels.0: there is no panel '0' in item II")]
    [InlineData("          2: Protection des migrants", "          two: Protection des migrants", "translations.fr.items.II.panels.two: there is no panel 'two' in item II")]
    [InlineData("          2: Protection des migrants", "          01: Protection des migrants", "translations.fr.items.II.panels.01: panel 1 is translated twice")]
    [InlineData("          1: Thème", "          3: Thème", "translations.fr.items.III.standing_items.3: there is no standing item '3' in item III")]
    [InlineData("      3: Troisième question ?", "      4: Quatrième question ?", "translations.fr.guiding_questions.4: there is no guiding question '4' in the programme; there are 3 guiding questions, numbered from 1")]
    [InlineData("      3: Troisième question ?", "      q3: Troisième question ?", "translations.fr.guiding_questions.q3: there is no guiding question 'q3'")]
    public void An_unknown_number_is_refused_with_its_path(string oldText, string newText, string problem)
    {
        Fails(TranslationYaml.With(oldText, newText), newText, problem);
    }

    [Fact]
    public void Panels_for_an_item_without_panels_are_refused()
    {
        var yaml = TranslationYaml.With("        points:\n          - Bienvenue", "        panels:\n          1: Une réunion-débat");

        Fails(yaml, "          1: Une réunion-débat", "translations.fr.items.I.panels: there are no panels in item I to translate");
    }

    [Fact]
    public void A_guiding_question_translated_as_a_mapping_is_refused()
    {
        var yaml = TranslationYaml.With("      3: Troisième question ?", "      3:\n        text: Troisième question ?");

        Fails(yaml, "        text: Troisième", "translations.fr.guiding_questions.3 must be text, not a list or mapping (its poll is not translated)");
    }

    [Fact]
    public void A_follow_up_the_panel_does_not_have_is_refused()
    {
        var yaml = TranslationYaml.With("          2: Protection des migrants", "          2:\n            follow_up: Débat");

        Fails(yaml, "            follow_up: Débat", "translations.fr.items.II.panels.2.follow_up: the panel has no follow_up to translate");
    }

    [Fact]
    public void A_format_the_programme_does_not_have_is_refused()
    {
        var yaml = TranslationYaml.With("    venue: Salle D", "    venue: Salle D\n    format: Hybride");

        Fails(yaml, "    format: Hybride", "translations.fr.format: the programme has no format to translate");
    }

    [Fact]
    public void Translations_that_are_not_a_mapping_are_refused()
    {
        var yaml = TranslationYaml.Programme + "translations:\n  - fr\n";

        Fails(yaml, "  - fr", "translations must be a mapping of keys to values");
    }

    [Fact]
    public void A_language_given_twice_is_a_yaml_error_at_the_second()
    {
        var yaml = TranslationYaml.Valid + "\n  fr: { title: Encore }\n";

        Fails(yaml, "  fr: { title: Encore }", "YAML syntax error: Duplicate key fr");
    }

    private static ProgrammeException Fails(string yaml, string lineText, string problem)
    {
        var ex = Assert.Throws<ProgrammeException>(() => ProgrammeLoader.Parse(yaml, File));
        var line = TranslationYaml.LineOf(yaml, lineText);

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{File}: line {line}, column ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(File, ex.SourceName);
        Assert.Equal(line, ex.Line);
        return ex;
    }
}
