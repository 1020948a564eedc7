namespace TeamsDialogueBot.Bot.Tests.Programmes;

/// <summary>A small valid programme; error tests replace one line of it.</summary>
internal static class ProgrammeYaml
{
    public const string Valid = """
        title: Test dialogue
        date: 2024-07-15
        time_zone: Europe/Vienna
        slots:
          - "10:00-13:00"
        items:
          - number: I
            title: Opening
            kind: opening
          - number: II
            title: Exchange
            kind: tour-de-table
            standing_items:
              - title: Topic
                guiding_questions:
                  - First question?
                  - text: Second question?
                    poll:
                      kind: single
                      options: [Yes, No]
        """;

    /// <summary>The valid programme with <paramref name="oldLine"/> (matched exactly) replaced.</summary>
    public static string With(string oldLine, string newLine)
    {
        Assert.Contains(oldLine, Valid, StringComparison.Ordinal);
        return Valid.Replace(oldLine, newLine, StringComparison.Ordinal);
    }
}
