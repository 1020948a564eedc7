using TeamsDialogueBot.Cards;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>Every card in the catalogue, through the official renderer with the Teams host config.</summary>
public sealed class CardConformanceTests
{
    private static readonly Lazy<Task<IReadOnlyList<CardReport>>> Reports = new(() =>
        CardHarness.CheckAsync(CardCatalogue.All.Select(s => (s.Name, CardCatalogue.ToWire(s.Card)))));

    public static TheoryData<string> Names() => CardCatalogue.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Card_passes_the_official_renderer_with_the_Teams_host_config(string name)
    {
        var report = (await Reports.Value).Single(r => r.Name == name);

        Assert.True(report.Problems.Count == 0, report.Describe());
        // What the bot sends is the size that counts: .NET escapes emoji as surrogate pairs (\uXXXX\uXXXX) where
        // node writes 4 raw bytes, so the harness's count can only be smaller, never larger.
        var wireBytes = CardJson.Utf8Size(CardCatalogue.Named(name).Card);
        Assert.InRange(report.Bytes, 1, wireBytes);
        Assert.True(wireBytes <= 28 * 1024, $"{name} is {wireBytes} bytes on the wire; Teams' safe limit is 28 KB");
    }

    [Fact]
    public void Sample_names_are_unique_and_usable_as_file_names()
    {
        var names = CardCatalogue.All.Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", n));
    }

    [Fact]
    public void The_catalogue_holds_the_agenda_and_help_cards()
    {
        var names = CardCatalogue.All.Select(s => s.Name).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "agenda-first-item", "agenda-middle-item", "agenda-tour-de-table", "agenda-last-item", "help-participant", "help-chair", "help-unknown-command" },
            names);
    }

    [Fact]
    public void The_tour_de_table_sample_carries_all_13_guiding_questions()
    {
        var json = CardJson.ToJson(CardCatalogue.Named("agenda-tour-de-table").Card);

        Assert.Equal(13, AgendaCardSamples.TourDeTableQuestionCount);
        Assert.All(Enumerable.Range(1, 13), n => Assert.Contains($"**Q{n}.**", json, StringComparison.Ordinal));
    }
}
