namespace TeamsDialogueBot.Bot.Tests.Programmes;

/// <summary>
/// A programme with every translatable text (points, panels with and without a follow-up, standing
/// items, questions with and without a poll) and a valid <c>translations</c> section; error tests
/// swap one fragment of it.
/// </summary>
internal static class TranslationYaml
{
    public const string Programme = """
        title: Test dialogue
        subtitle: Morning session
        date: 2024-07-15
        time_zone: Europe/Vienna
        venue: Room D
        items:
          - number: I
            title: Opening
            points:
              - Welcome
          - number: II
            title: Spotlight
            points: [Briefing, "Panels:"]
            panels:
              - title: Prevention
                follow_up: Q&A
                moderator: Ana Pérez
                panellists:
                  - Li Wei
                  - name: Jean Martin
                    organisation: UNHCR
              - title: Protection
          - number: III
            title: Exchange
            standing_items:
              - title: Topic
                guiding_questions:
                  - First question?
                  - text: Second question?
                    poll:
                      kind: single
                      options: [Yes, No]
              - title: Other topic
                guiding_questions: [Third question?]

        """;

    public const string Translations = """
        translations:
          fr:
            title: Dialogue test
            subtitle: Séance du matin
            venue: Salle D
            panel_label: Réunion-débat
            items:
              I:
                title: Ouverture
                points:
                  - Bienvenue
              II:
                title: Pleins feux
                panels:
                  1:
                    title: Prévention
                    follow_up: Questions-réponses
                  2: Protection des migrants
              III:
                standing_items:
                  1: Thème
                  2:
                    title: Autre thème
            guiding_questions:
              1: Première question ?
              3: Troisième question ?
          es:
            title: Diálogo de prueba
            items:
              II:
                points: [Exposición, "Mesas redondas:"]
        """;

    public const string Valid = Programme + Translations;

    /// <summary>The valid file with <paramref name="oldText"/> (matched exactly, in the translations) replaced.</summary>
    public static string With(string oldText, string newText)
    {
        Assert.Contains(oldText, Translations, StringComparison.Ordinal);
        return Programme + Translations.Replace(oldText, newText, StringComparison.Ordinal);
    }

    /// <summary>The 1-based line of the first line at or after the translations that contains <paramref name="text"/>.</summary>
    public static int LineOf(string yaml, string text)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("translations:", StringComparison.Ordinal));
        var index = Array.FindIndex(lines, Math.Max(start, 0), l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' is not in the YAML");
        return index + 1;
    }
}
