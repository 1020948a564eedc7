using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Polls;
using TeamsDialogueBot.Host.Tests.Support;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>
/// Issue 14 end to end: the chairs choose the language of the shared cards, and each person's private views follow
/// their own Teams locale (the `locale` of their activity), falling back to the dialogue's language.
/// </summary>
public sealed class LanguageFlowTests : IAsyncLifetime
{
    private PollHost _polls = null!;

    public async Task InitializeAsync() => _polls = await PollHost.StartAsync();

    public async Task DisposeAsync() => await _polls.DisposeAsync();

    [Fact]
    public async Task A_French_dialogue_gives_French_shared_cards_and_a_Russian_speaker_a_Russian_private_view()
    {
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "language fr"));
        Assert.Contains(_polls.Texts(), t => t.Contains("Les cartes partagées sont désormais en français.", StringComparison.Ordinal));

        // A participant whose Teams runs in Russian asks for the agenda: the card is shared, so it is French.
        await _polls.Host.SendAsync(InRussian(_polls.Teams.Mention(Teams.Participant, "agenda")));
        var agenda = WireCards.AllText(_polls.Connector.Sent.Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!);
        Assert.Contains("Point suivant ▶", agenda, StringComparison.Ordinal);
        Assert.Contains("Dialogue constructif", agenda, StringComparison.Ordinal);
        Assert.DoesNotContain("Next item", agenda, StringComparison.Ordinal);

        // The poll card is shared (French); the Russian voter's own view and confirmation are Russian.
        var cardId = await _polls.LaunchAsync("poll \"Which format?\" \"Hybrid\" \"Online\"");
        var shared = WireCards.AllText(_polls.Connector.LastCardFor(cardId)!);
        Assert.Contains("Sondage p1", shared, StringComparison.Ordinal);
        Assert.Contains("Envoyer ma réponse", shared, StringComparison.Ordinal);

        var mine = await VoteInRussianAsync(cardId, "a");
        var own = WireCards.AllText(mine["value"]!);
        Assert.Contains("Ваш ответ: Hybrid", own, StringComparison.Ordinal);
        Assert.Contains("Изменить ответ", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Votre réponse", own, StringComparison.Ordinal);

        // A chair button pressed by the Russian participant: the refusal is theirs alone, in Russian.
        using var refused = await _polls.Host.SendAsync(InRussian(_polls.Teams.Execute(Teams.Participant, "agenda.next")));
        Assert.Contains("Это действие доступно только сопредседателям.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await _polls.SettleAsync();
        Assert.Contains("1 participant a répondu", WireCards.AllText(_polls.Connector.LastCardFor(cardId)!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locale_the_bot_does_not_have_falls_back_to_the_dialogues_language()
    {
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "language es"));
        var cardId = await _polls.LaunchAsync("poll \"Which format?\" \"Hybrid\" \"Online\"");

        var data = new JsonObject { ["verb"] = "poll.vote", ["pollId"] = "p1", ["choice"] = "b" };
        var press = _polls.Teams.Execute(Teams.Participant, "poll.vote", data, cardId);
        press["locale"] = "de-DE";
        using var response = await _polls.Host.SendAsync(press);

        Assert.Contains("Su respuesta: Online", WireCards.AllText(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Arabic_agenda_card_is_right_to_left()
    {
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "language ar"));
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "agenda"));

        var card = _polls.Connector.Sent.Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!;
        Assert.True(card["rtl"]!.GetValue<bool>());
        Assert.Equal("ar", card["lang"]!.GetValue<string>());
        Assert.Contains("البند التالي ▶", WireCards.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_code_lists_the_six_and_changes_nothing()
    {
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "language xx"));
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Chair, "agenda"));

        var reply = Assert.Single(_polls.Texts(), t => t.Contains("\"xx\"", StringComparison.Ordinal));
        foreach (var code in new[] { "`ar`", "`zh`", "`en`", "`fr`", "`ru`", "`es`" })
        {
            Assert.Contains(code, reply, StringComparison.Ordinal);
        }

        var card = _polls.Connector.Sent.Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!;
        Assert.Contains("Next item ▶", WireCards.AllText(card), StringComparison.Ordinal);
        Assert.Null(card["rtl"]);
    }

    [Fact]
    public async Task Only_chairs_change_the_language()
    {
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Participant, "language fr"));
        await _polls.Host.SendAsync(_polls.Teams.Mention(Teams.Participant, "agenda"));

        Assert.Contains(_polls.Texts(), t => t.Contains("is for the co-chairs", StringComparison.Ordinal));
        var card = _polls.Connector.Sent.Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!;
        Assert.Contains("Next item ▶", WireCards.AllText(card), StringComparison.Ordinal);
    }

    private async Task<JsonNode> VoteInRussianAsync(string cardId, string choice)
    {
        var data = new JsonObject { ["verb"] = "poll.vote", ["pollId"] = "p1", ["choice"] = choice };
        using var response = await _polls.Host.SendAsync(InRussian(_polls.Teams.Execute(Teams.Participant, "poll.vote", data, cardId)));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static JsonObject InRussian(JsonObject activity)
    {
        activity["locale"] = "ru-RU";
        return activity;
    }
}
