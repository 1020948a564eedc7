using System.Text.Json;
using TeamsDialogueBot.Bot.Display;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Polls;
using static TeamsDialogueBot.Bot.Tests.Display.DisplayFixtures;
using AgendaPosition = TeamsDialogueBot.Domain.Programme.AgendaPosition;

namespace TeamsDialogueBot.Bot.Tests.Display;

public sealed class DisplaySnapshotBuilderTests
{
    [Fact]
    public void Shows_the_current_item_the_speaker_with_start_and_allowed_time_and_the_next_speakers()
    {
        var snapshot = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), ListWithSpeaker(), null, null, Now);

        Assert.Equal(Programme.Items[1].Number, snapshot.Item!.Number);
        Assert.Equal(2, snapshot.Item.Position);
        Assert.Equal(Programme.Items.Count, snapshot.Item.Count);
        Assert.Equal("Ana Lima", snapshot.Floor!.Name);
        Assert.Equal("UNODC", snapshot.Floor.Organisation);
        Assert.Equal("room", snapshot.Floor.Channel);
        Assert.Equal("on item 2", snapshot.Floor.Topic);
        Assert.Equal(Now, snapshot.Floor.StartedAt);
        Assert.Equal(180, snapshot.Floor.AllowedSeconds);
        Assert.Equal(["Ben Okafor", "Cai Wen"], snapshot.Next.Select(n => n.Name));
        Assert.Equal([1, 2], snapshot.Next.Select(n => n.Position));
        Assert.All(snapshot.Next, n => Assert.Equal("remote", n.Channel));
        Assert.Equal(2, snapshot.Waiting);
        Assert.Equal(Now, snapshot.TakenAt);
    }

    [Fact]
    public void Without_a_list_nobody_has_the_floor_and_nobody_waits()
    {
        var snapshot = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(0), null, null, null, Now);

        Assert.Null(snapshot.Floor);
        Assert.Empty(snapshot.Next);
        Assert.Equal(0, snapshot.Waiting);
        Assert.Null(snapshot.Poll);
        Assert.Equal(Programme.Title, snapshot.Title);
    }

    [Fact]
    public void Lists_at_most_five_next_speakers_but_counts_everyone_waiting()
    {
        var list = ListWithSpeaker();
        for (var i = 0; i < 6; i++)
        {
            list.Request(new Domain.Queue.Speaker(new($"aad-{i}"), $"Person {i}", null, "NGO", Domain.Queue.SpeakerChannel.Remote), null, null, Now.AddSeconds(i));
        }

        var snapshot = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), list, null, null, Now);

        Assert.Equal(DisplaySnapshotBuilder.NextCount, snapshot.Next.Count);
        Assert.Equal(8, snapshot.Waiting);
    }

    [Fact]
    public void An_open_choice_poll_shows_counts_and_percentages()
    {
        var poll = Poll("\"Which first?\" \"Prevention\" \"Protection\"");
        var tally = PollTally.Compute(poll, [Vote(poll, "v1", ("choice", "a")), Vote(poll, "v2", ("choice", "a")), Vote(poll, "v3", ("choice", "b"))]);

        var shown = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), null, poll, tally, Now).Poll!;

        Assert.Equal("Which first?", shown.Question);
        Assert.Equal("single", shown.Kind);
        Assert.True(shown.Open);
        Assert.False(shown.Hidden);
        Assert.Equal(3, shown.Respondents);
        Assert.Equal(["Prevention", "Protection"], shown.Rows.Select(r => r.Label));
        Assert.Equal(["2 (67%)", "1 (33%)"], shown.Rows.Select(r => r.Value));
        Assert.Equal("3 respondents", shown.RespondentsText);
        Assert.Equal(66.7, shown.Rows[0].Percent, 1);
    }

    [Fact]
    public void A_hidden_poll_shows_only_the_respondent_count()
    {
        var poll = Poll("\"Secret?\" \"Yes\" \"No\" hidden");
        var tally = PollTally.Compute(poll, [Vote(poll, "v1", ("choice", "a")), Vote(poll, "v2", ("choice", "b"))]);

        var shown = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), null, poll, tally, Now).Poll!;

        Assert.True(shown.Hidden);
        Assert.Equal(2, shown.Respondents);
        Assert.Empty(shown.Rows);
        Assert.Null(shown.Summary);
    }

    [Fact]
    public void A_rating_poll_shows_its_distribution_and_average()
    {
        var poll = Poll("\"How useful?\" rating");
        var tally = PollTally.Compute(poll, [Vote(poll, "v1", ("rating", "4")), Vote(poll, "v2", ("rating", "5"))]);

        var shown = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), null, poll, tally, Now).Poll!;

        Assert.Equal("rating", shown.Kind);
        Assert.Equal(5, shown.Rows.Count);
        Assert.Equal("Average 4.5 of 5", shown.Summary);
    }

    [Fact]
    public void The_snapshot_holds_names_but_no_participant_ids()
    {
        var poll = Poll("\"Which first?\" \"Prevention\" \"Protection\"");
        var tally = PollTally.Compute(poll, [Vote(poll, "aad-ben-0002", ("choice", "a"))]);

        var json = JsonSerializer.Serialize(DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), ListWithSpeaker(), poll, tally, Now), JsonSerializerOptions.Web);

        Assert.Contains("Ana Lima", json, StringComparison.Ordinal);
        Assert.DoesNotContain("aad-", json, StringComparison.Ordinal);
        Assert.DoesNotContain(Chair.Id, json, StringComparison.Ordinal);
        Assert.DoesNotContain(ConversationId, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("he-IL", "rtl")]
    [InlineData("fa", "rtl")]
    [InlineData("ur-PK", "rtl")]
    [InlineData("ku-Arab", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("fr-FR", "ltr")]
    [InlineData("", "ltr")]
    public void Direction_follows_the_programme_language(string language, string direction) =>
        Assert.Equal(direction, DisplaySnapshotBuilder.DirectionOf(language));

    [Fact]
    public void A_right_to_left_programme_makes_a_right_to_left_snapshot()
    {
        var snapshot = DisplaySnapshotBuilder.Build(Programme with { Language = "ar" }, AgendaPosition.Item(0), null, null, null, Now);

        Assert.Equal("rtl", snapshot.Direction);
        Assert.Equal("ar", snapshot.Language);
        Assert.Equal("rtl", snapshot.TextDirection);
    }

    [Fact]
    public void The_screen_speaks_the_dialogue_s_language_and_keeps_the_programme_s_own_direction_for_its_texts()
    {
        var english = DisplaySnapshotBuilder.Build(Programme with { Language = "ar" }, AgendaPosition.Item(0), null, null, null, Now, texts: Texts.English);
        var arabic = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(0), null, null, null, Now, texts: Texts.For("ar"));

        Assert.Equal(("en", "ltr", "ar", "rtl"), (english.Language, english.Direction, english.TextLanguage, english.TextDirection));
        Assert.Equal(("ar", "rtl", "en", "ltr"), (arabic.Language, arabic.Direction, arabic.TextLanguage, arabic.TextDirection));
    }

    [Fact]
    public void Counts_on_the_screen_are_written_with_the_language_s_plural_rules()
    {
        var list = ListWithSpeaker();
        for (var i = 0; i < 9; i++)
        {
            list.Request(new Domain.Queue.Speaker(new Domain.Queue.ParticipantId($"waiting-{i}"), $"Waiting {i}", null, "Youth", Domain.Queue.SpeakerChannel.Remote), null, null, Now);
        }

        var poll = Poll("\"Which first?\" \"Prevention\" \"Protection\"");
        var tally = PollTally.Compute(poll, [Vote(poll, "v1", ("choice", "a")), Vote(poll, "v2", ("choice", "a")), Vote(poll, "v3", ("choice", "b"))]);
        var russian = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), list, poll, tally, Now, texts: Texts.For("ru"));
        var french = DisplaySnapshotBuilder.Build(Programme, AgendaPosition.Item(1), list, poll, tally, Now, texts: Texts.For("fr"));

        Assert.Equal("ответили 3 участника", russian.Poll!.RespondentsText);
        Assert.Equal("2 (67 %)", french.Poll!.Rows[0].Value);
        Assert.Equal(russian.Waiting - DisplaySnapshotBuilder.NextCount, int.Parse(russian.MoreWaiting!.Split(' ')[0].TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("в очереди", russian.MoreWaiting, StringComparison.Ordinal);
        Assert.StartsWith("+", french.MoreWaiting, StringComparison.Ordinal);
        Assert.Contains("en attente", french.MoreWaiting, StringComparison.Ordinal);
    }
}
