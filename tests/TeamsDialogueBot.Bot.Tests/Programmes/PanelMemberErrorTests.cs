using TeamsDialogueBot.Bot.Programmes;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

public sealed class PanelMemberErrorTests
{
    private const string File = "agenda.yaml";

    [Fact]
    public void Organisation_spelt_the_american_way_gets_a_suggestion()
    {
        Fails("            organisation: UNHCR", "            organization: UNHCR", "unknown key 'organization' in a panellist (did you mean 'organisation'?)");
    }

    [Fact]
    public void A_panellist_without_a_name_is_refused()
    {
        Fails("          - name: Jean Martin\n            organisation: UNHCR", "          - organisation: UNHCR", "a panellist is missing the required key 'name'");
    }

    [Fact]
    public void An_empty_moderator_is_refused()
    {
        Fails("        moderator: Ana Pérez", "        moderator: \"\"", "the moderator of a panel needs a name");
    }

    [Fact]
    public void Panellists_must_be_a_list()
    {
        var yaml = TranslationYaml.Programme.Replace(
            "        panellists:\n          - Li Wei\n          - name: Jean Martin\n            organisation: UNHCR",
            "        panellists: Li Wei",
            StringComparison.Ordinal);

        var ex = Assert.Throws<ProgrammeException>(() => ProgrammeLoader.Parse(yaml, File));

        Assert.Contains("'panellists' in a panel must be a list", ex.Message, StringComparison.Ordinal);
        Assert.Equal(TranslationYaml.LineOf(yaml, "panellists: Li Wei"), ex.Line);
    }

    private static void Fails(string oldText, string newText, string problem)
    {
        Assert.Contains(oldText, TranslationYaml.Programme, StringComparison.Ordinal);
        var yaml = TranslationYaml.Programme.Replace(oldText, newText, StringComparison.Ordinal);

        var ex = Assert.Throws<ProgrammeException>(() => ProgrammeLoader.Parse(yaml, File));

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
        Assert.Equal(TranslationYaml.LineOf(yaml, newText.Split('\n')[^1]), ex.Line);
        Assert.StartsWith($"{File}: line {ex.Line}, column ", ex.Message, StringComparison.Ordinal);
    }
}
