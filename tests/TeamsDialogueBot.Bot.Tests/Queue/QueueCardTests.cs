using System.Text.Json.Nodes;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Tests.Queue;

public sealed class QueueCardTests
{
    private static readonly DateTimeOffset Start = new(2024, 7, 15, 13, 0, 0, TimeSpan.Zero);
    private static readonly Actor Chair = new("chair-1", "Co-Chair One");
    private static readonly QueueCardContext Context = new("IV. Interactive exchange", Start.AddMinutes(10), ["29:chair-1"]);

    [Fact]
    public void Empty_list_says_nobody_has_the_floor_and_nobody_waits()
    {
        var text = Text(QueueCard.Render(OpenList(), Context, chairView: false));

        Assert.Contains("Nobody has the floor.", text, StringComparison.Ordinal);
        Assert.Contains("Waiting: 0", text, StringComparison.Ordinal);
        Assert.Contains("IV. Interactive exchange", text, StringComparison.Ordinal);
        Assert.Contains("Open", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Current_speaker_shows_elapsed_against_allowed_time_from_the_clock_given()
    {
        var list = OpenList();
        list.Request(Remote("a", "Ana Silva", "UNODC"), null, null, Start);
        list.Ack(Chair, Start.AddMinutes(1));

        var text = Text(QueueCard.Render(list, Context with { Now = Start.AddMinutes(3).AddSeconds(30) }, chairView: false));

        Assert.Contains("Has the floor: Ana Silva (UNODC)", text, StringComparison.Ordinal);
        Assert.Contains("2:30 of 3:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_speakers_show_position_channel_group_wait_and_the_policy_reason()
    {
        var list = OpenList();
        list.Request(Remote("a", "Ana"), null, null, Start);
        list.Request(new Speaker(ParticipantId.ForTypedName("Li"), "Li", null, "NGO", SpeakerChannel.Room), "data", null, Start.AddSeconds(5), Chair);

        var text = Text(QueueCard.Render(list, Context, chairView: false));

        Assert.Contains("**#1** 💻 Ana · other · ~0:00", text, StringComparison.Ordinal);
        Assert.Contains("**#2** 🏛 Li · NGO · ~3:00", text, StringComparison.Ordinal);
        Assert.Contains("Waiting: 2 (🏛 room 1 · 💻 remote 1)", text, StringComparison.Ordinal);
        Assert.Contains("Why next: requested at 13:00:00", text, StringComparison.Ordinal);
        Assert.Contains("avg wait", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chair_view_has_the_controls_and_the_shared_view_does_not()
    {
        var list = OpenList();
        var shared = CardJson.ToJson(QueueCard.Render(list, Context, chairView: false));
        var chair = CardJson.ToJson(QueueCard.Render(list, Context, chairView: true));

        foreach (var verb in new[] { QueueVerbs.Ack, QueueVerbs.Skip, QueueVerbs.Close, QueueVerbs.Clear, QueueVerbs.Policy, QueueVerbs.Time })
        {
            Assert.Contains($"\"{verb}\"", chair, StringComparison.Ordinal);
            Assert.DoesNotContain($"\"{verb}\"", shared, StringComparison.Ordinal);
        }

        Assert.Contains($"\"{QueueVerbs.Request}\"", shared, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_views_refresh_for_the_chairs_only()
    {
        var card = JsonNode.Parse(CardJson.ToJson(QueueCard.Render(OpenList(), Context, chairView: false)))!;

        Assert.Equal("Action.Execute", card["refresh"]!["action"]!["type"]!.GetValue<string>());
        Assert.Equal(QueueVerbs.Refresh, card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal(["29:chair-1"], card["refresh"]!["userIds"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public void Refresh_names_at_most_sixty_chairs()
    {
        var many = Enumerable.Range(0, 75).Select(i => $"29:chair-{i}").ToList();

        var card = QueueCard.Render(OpenList(), Context with { ChairMris = many }, chairView: false);

        Assert.Equal(60, card.Refresh!.UserIds!.Count);
    }

    [Fact]
    public void Names_and_topics_cannot_inject_links_or_mentions()
    {
        var list = OpenList();
        list.Request(Remote("x", "[Click](https://evil.example) <at>Everyone</at>"), "**bold** [link](https://evil.example)", null, Start);

        var text = Text(QueueCard.Render(list, Context, chairView: false));

        Assert.DoesNotContain("[Click](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<at>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**bold**", text, StringComparison.Ordinal);
        Assert.Contains(@"\[Click\]\(https://evil.example\)", text, StringComparison.Ordinal);
        Assert.Contains(@"\<at\>Everyone\</at\>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Fifty_entries_with_long_topics_stay_under_28_KB_and_are_all_listed()
    {
        var list = OpenList();
        for (var i = 1; i <= 50; i++)
        {
            list.Request(Remote($"p{i}", $"Participant number {i:00} with a rather long display name", "Some Organisation of Considerable Name Length"), new string('x', 300), 3, Start.AddSeconds(i));
        }

        var card = QueueCard.Render(list, Context, chairView: true);

        Assert.True(CardJson.Utf8Size(card) < 28 * 1024, $"card is {CardJson.Utf8Size(card)} bytes");
        var text = Text(card);
        Assert.Contains("Participant number 01", text, StringComparison.Ordinal);
        Assert.Contains("Participant number 50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_hundred_entries_are_cut_to_the_size_limit_and_say_how_many_more()
    {
        var list = OpenList();
        for (var i = 1; i <= 300; i++)
        {
            list.Request(Remote($"p{i}", $"Participant number {i:000} with a rather long display name for sure"), "topic", null, Start.AddSeconds(i));
        }

        var card = QueueCard.Render(list, Context, chairView: false);

        Assert.True(CardJson.Utf8Size(card) <= QueueCard.MaxBytes);
        var text = Text(card);
        Assert.Contains("Waiting: 300", text, StringComparison.Ordinal);
        Assert.Matches(@"… and \d+ more", text);
    }

    private static SpeakersList OpenList()
    {
        var list = SpeakersList.Create("19:meeting@thread.v2", 3, TimeSpan.FromMinutes(3));
        list.Open(Actor.System, Start);
        return list;
    }

    private static Speaker Remote(string id, string name, string? organisation = null) =>
        new(new ParticipantId(id), name, organisation, StakeholderGroups.Other, SpeakerChannel.Remote);

    private static string Text(AdaptiveCard card)
    {
        var texts = new List<string>();
        Collect(JsonNode.Parse(CardJson.ToJson(card)), texts);
        return string.Join("\n", texts);
    }

    private static void Collect(JsonNode? node, List<string> texts)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    if (key is "text" or "title" && value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        texts.Add(s);
                    }
                    else
                    {
                        Collect(value, texts);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
