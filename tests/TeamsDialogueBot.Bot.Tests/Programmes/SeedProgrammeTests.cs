using System.Text.Json;
using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

public sealed class SeedProgrammeTests
{
    private readonly TeamsDialogueBot.Domain.Programme.Programme seed = ProgrammeLoader.LoadBuiltIn();

    [Fact]
    public void Seed_has_the_full_title_date_time_zone_slots_format_and_venue()
    {
        Assert.Equal(
            "Constructive Dialogue on the UNTOC and Protocols' review process following the conclusion of the eleventh meeting of the Working Group on the Smuggling of Migrants",
            seed.Title);
        Assert.Equal(new DateOnly(2024, 7, 15), seed.Date);
        Assert.Equal(DayOfWeek.Monday, seed.Date.DayOfWeek);
        Assert.Equal("Europe/Vienna", seed.TimeZone);
        Assert.Equal("CEST", seed.TimeZoneLabel);
        Assert.Equal(
            [new TimeSlot(new TimeOnly(10, 0), new TimeOnly(13, 0)), new TimeSlot(new TimeOnly(15, 0), new TimeOnly(18, 0))],
            seed.Slots);
        Assert.Equal("Hybrid format", seed.Format);
        Assert.Equal("VIC Boardroom D and online participation through Microsoft Teams", seed.Venue);
        Assert.Equal("en", seed.Language);
    }

    [Fact]
    public void Seed_has_five_items_with_their_numbers_titles_and_kinds()
    {
        Assert.Equal(["I", "II", "III", "IV", "V"], seed.Items.Select(i => i.Number));
        Assert.Equal(
            [AgendaItemKind.Opening, AgendaItemKind.Briefing, AgendaItemKind.Panel, AgendaItemKind.TourDeTable, AgendaItemKind.Closing],
            seed.Items.Select(i => i.Kind));
        Assert.Equal("I. Opening of the meeting", seed.Items[0].Heading);
        Assert.Equal("Briefing on the developments and outcomes of the review process", seed.Items[1].Title);
        Assert.Equal("Spotlight on the 11th meeting of the Working Group on the Smuggling of Migrants", seed.Items[2].Title);
        Assert.Equal("Interactive exchange on relevant activities of non-governmental stakeholders", seed.Items[3].Title);
        Assert.Equal("Closing of the meeting", seed.Items[4].Title);
    }

    [Fact]
    public void Seed_items_carry_their_bullets_verbatim()
    {
        Assert.Equal(["The Co-Chairs of the Dialogue will deliver introductory remarks"], seed.Items[0].Points);
        Assert.Equal(
            [
                "The Secretariat will provide an overview of the current status of the review process and present on the support provided to States parties in the framework of the UNTOC Review Mechanism",
                "Interventions and/or questions from non-governmental stakeholders on the review process",
            ],
            seed.Items[1].Points);
        Assert.Equal(
            "The Co-Chairs will brief participants about the developments and outcomes of the 11th meeting of the Working Group on the Smuggling of Migrants",
            seed.Items[2].Points[0]);
        Assert.Equal(
            "Tour-de-table with interventions and contributions from stakeholders with a specific focus on three standing agenda items:",
            Assert.Single(seed.Items[3].Points));
        Assert.Equal(["The Co-Chairs of the Dialogue will deliver concluding remarks"], seed.Items[4].Points);
        Assert.DoesNotContain(seed.Items.SelectMany(i => i.Points), p => p.Contains("(#)", StringComparison.Ordinal));
    }

    [Fact]
    public void Spotlight_has_two_panels_with_full_titles_and_their_follow_up()
    {
        var panels = seed.Items[2].Panels;

        Assert.Equal(2, panels.Count);
        Assert.Equal(
            "Preventing and combatting the smuggling of migrants through international cooperation while addressing its root causes, in line with the provisions of the United Nations Convention against Transnational Organized Crime and the Protocols thereto",
            panels[0].Title);
        Assert.Equal("Protection and assistance measures for smuggled migrants", panels[1].Title);
        Assert.All(panels, p => Assert.Equal("Q&A session and collection of inputs on related activities", p.FollowUp));
    }

    [Fact]
    public void Tour_de_table_has_three_standing_items_with_four_four_and_five_questions()
    {
        var standing = seed.Items[3].StandingItems;

        Assert.Equal(3, standing.Count);
        Assert.StartsWith("Role of non-governmental stakeholders in the universalization and implementation", standing[0].Title, StringComparison.Ordinal);
        Assert.Equal(
            "States parties' technical assistance needs and non-governmental stakeholders' engagement/participation, particularly with regard to addressing root causes, protection and assistance, and international cooperation.",
            standing[1].Title);
        Assert.StartsWith("Gender, youth, human rights and victim-centred approaches", standing[2].Title, StringComparison.Ordinal);
        Assert.Equal([4, 4, 5], standing.Select(s => s.GuidingQuestions.Count));
        Assert.All(seed.Items.Where(i => i.Kind != AgendaItemKind.TourDeTable), i => Assert.Empty(i.StandingItems));
    }

    [Fact]
    public void Thirteen_guiding_questions_are_numbered_1_to_13_in_programme_order()
    {
        string[] firstWords =
        [
            "How can non-governmental stakeholders contribute to the universalization",
            "How can cooperation between governmental",
            "Which would be the single most important measure",
            "What are the challenges and opportunities",
            "How could State parties and UNODC expand",
            "What are promising formats",
            "In what parts of the Smuggling of Migrants Protocol",
            "How can non-governmental stakeholders contribute to States' technical capacity",
            "How do gender dimensions and age factors",
            "What role can youth play",
            "What do human rights-based approaches",
            "Which protection and assistance measures are particularly valuable",
            "How can civil society organizations ensure",
        ];

        var questions = seed.GuidingQuestions.ToList();

        Assert.Equal(Enumerable.Range(1, 13), questions.Select(q => q.Number));
        for (var i = 0; i < firstWords.Length; i++)
        {
            Assert.StartsWith(firstWords[i], questions[i].Text, StringComparison.Ordinal);
        }

        Assert.All(questions, q => Assert.Null(q.Poll));
    }

    [Fact]
    public void Guiding_questions_are_verbatim_including_their_asides()
    {
        Assert.Equal(
            "Which would be the single most important measure that you would identify that would be needed to better address this crime? (knowing it is of course complex and in need of a holistic approach)",
            seed.FindGuidingQuestion(3)!.Text);
        Assert.Equal(
            "How can non-governmental stakeholders contribute to States' technical capacity of identifying the protection and assistance needs of smuggled migrants? And how can they contribute to assess the effectiveness of protection and assistance measures currently provided by States?",
            seed.FindGuidingQuestion(8)!.Text);
        Assert.Equal(
            "How can civil society organizations ensure that smuggled migrants have access to human rights-based, gender- and culture-sensitive and age-appropriate protection and assistance measures?",
            seed.FindGuidingQuestion(13)!.Text);
    }

    [Fact]
    public void Load_of_a_copy_of_the_seed_file_gives_the_same_programme()
    {
        var directory = Directory.CreateTempSubdirectory("programme-");
        try
        {
            var path = Path.Combine(directory.FullName, "copy.yaml");
            using (var resource = typeof(ProgrammeLoader).Assembly.GetManifestResourceStream("TeamsDialogueBot.Bot.Programmes.seed-programme.yaml")!)
            using (var file = File.Create(path))
            {
                resource.CopyTo(file);
            }

            var loaded = ProgrammeLoader.Load(path);

            Assert.Equal(JsonSerializer.Serialize(seed), JsonSerializer.Serialize(loaded));
            Assert.Equal(13, loaded.GuidingQuestions.Count());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
