using System.Text.Json.Nodes;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>
/// Refusals issue 14 left in English: a chair's `poll` command that cannot be done is answered in the chat in the
/// dialogue's language; a button the bot no longer knows is answered in the presser's.
/// </summary>
public sealed class RefusalLanguageTests : ChairChatTests
{
    [Theory]
    [InlineData("poll close", "Aucun sondage n’est ouvert.")]
    [InlineData("poll \"Par où commencer ?\" \"Prévention\"", "Un sondage doit comporter au moins 2 options, chacune entre guillemets.")]
    [InlineData("poll close p2 p3", "Indiquez au plus un sondage, par exemple `poll close p2`.")]
    [InlineData("poll q99", "Il n’y a pas de question directrice q99 ; le programme comporte les questions q1 à q")]
    public async Task A_chair_s_refused_poll_command_is_answered_in_the_dialogue_s_language(string command, string expected)
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "language fr"));
        var before = Connector.Sent.Count;

        // The chair's own Teams runs in Russian: the chat's reply is still the dialogue's.
        var typed = Chat.Mention(Teams.Chair, command);
        typed["locale"] = "ru-RU";
        await BotHost.SendAsync(typed);
        await BotHost.SentAsync();

        var replies = Connector.Sent.Skip(before).Select(a => a["text"]?.GetValue<string>() ?? "").ToList();
        Assert.Contains(replies, r => r.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_button_of_an_outdated_card_is_refused_in_the_presser_s_language()
    {
        var press = Chat.Execute(Teams.Participant, "gone.verb");
        press["locale"] = "es-ES";

        using var response = await BotHost.SendAsync(press);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("Esta tarjeta está desactualizada. Pida una nueva.", body["value"]!["message"]!.GetValue<string>());
    }
}
