using TeamsDialogueBot.Bot.Programmes;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Tests.Programmes;

public sealed class ProgrammeLoaderTests
{
    [Fact]
    public void Optional_fields_take_their_defaults()
    {
        var programme = ProgrammeLoader.Parse(ProgrammeYaml.Valid, "test.yaml");

        Assert.Null(programme.Subtitle);
        Assert.Null(programme.Venue);
        Assert.Null(programme.TimeZoneLabel);
        Assert.Equal("en", programme.Language);
        Assert.Equal(TimeSpan.FromMinutes(3), programme.DefaultSpeakingTime);
        Assert.Null(programme.Items[0].SpeakingTime);
        Assert.Empty(programme.Items[0].Points);
        Assert.Empty(programme.Items[0].Panels);
    }

    [Fact]
    public void Guiding_question_may_carry_a_default_poll()
    {
        var programme = ProgrammeLoader.Parse(ProgrammeYaml.Valid, "test.yaml");

        var first = programme.FindGuidingQuestion(1)!;
        var second = programme.FindGuidingQuestion(2)!;

        Assert.Equal("First question?", first.Text);
        Assert.Null(first.Poll);
        Assert.Equal("Second question?", second.Text);
        Assert.Equal("single", second.Poll!.Kind);
        Assert.Equal(["Yes", "No"], second.Poll.Options);
    }

    [Fact]
    public void Guiding_questions_are_numbered_across_standing_items_and_agenda_items_in_file_order()
    {
        var yaml = """
            title: T
            date: 2025-01-31
            time_zone: America/New_York
            items:
              - number: "1"
                title: A
                standing_items:
                  - title: S1
                    guiding_questions: [a1, a2]
                  - title: S2
                    guiding_questions: [b1]
              - number: "2"
                title: B
                standing_items:
                  - title: S3
                    guiding_questions:
                      - c1
                      - text: c2
                        poll: { kind: rating }
            """;

        var programme = ProgrammeLoader.Parse(yaml, "numbers.yaml");

        Assert.Equal(
            [(1, "a1"), (2, "a2"), (3, "b1"), (4, "c1"), (5, "c2")],
            programme.GuidingQuestions.Select(q => (q.Number, q.Text)));
        Assert.Equal("rating", programme.FindGuidingQuestion(5)!.Poll!.Kind);
        Assert.Empty(programme.FindGuidingQuestion(5)!.Poll!.Options);
    }

    [Fact]
    public void Speaking_times_and_optional_texts_are_read()
    {
        var yaml = ProgrammeYaml.With("time_zone: Europe/Vienna", """
            time_zone: Europe/Vienna
            time_zone_label: CET
            subtitle: Second session
            venue: Room 1
            format: Hybrid
            language: fr
            speaking_time: "2:30"
            """).Replace("    kind: opening", "    kind: opening\n    speaking_time: \"10:05\"", StringComparison.Ordinal);

        var programme = ProgrammeLoader.Parse(yaml, "test.yaml");

        Assert.Equal(new TimeSpan(0, 2, 30), programme.DefaultSpeakingTime);
        Assert.Equal(new TimeSpan(0, 10, 5), programme.Items[0].SpeakingTime);
        Assert.Null(programme.Items[1].SpeakingTime);
        Assert.Equal("CET", programme.TimeZoneLabel);
        Assert.Equal("Second session", programme.Subtitle);
        Assert.Equal("Room 1", programme.Venue);
        Assert.Equal("Hybrid", programme.Format);
        Assert.Equal("fr", programme.Language);
    }

    [Fact]
    public void Item_without_kind_is_other()
    {
        var programme = ProgrammeLoader.Parse(ProgrammeYaml.With("    kind: opening\n", string.Empty), "test.yaml");

        Assert.Equal(AgendaItemKind.Other, programme.Items[0].Kind);
    }

    [Fact]
    public void Built_in_programme_is_parsed_once()
    {
        Assert.Same(ProgrammeLoader.LoadBuiltIn(), ProgrammeLoader.LoadBuiltIn());
    }
}
