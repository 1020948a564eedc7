using Microsoft.Extensions.Options;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>`Dialogue:Language`: the shared cards' language until the chairs choose one, checked when the host starts.</summary>
public sealed class DefaultLanguageTests
{
    [Fact]
    public async Task A_configured_default_language_writes_the_shared_cards_until_the_chairs_choose()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(connector, settings: new Dictionary<string, string?> { ["Dialogue:Language"] = "ru" });
        var teams = new Teams(connector.ServiceUrl);

        await host.SendAsync(teams.Mention(Teams.Participant, "agenda"));

        var card = WireCards.OnlyCard(connector.Sent);
        Assert.Contains("Следующий пункт ▶", WireCards.AllText(card), StringComparison.Ordinal);
        Assert.Equal("ru", card["lang"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("de")]
    [InlineData("fr-FR")]
    [InlineData("english")]
    public async Task Another_value_stops_start_up_naming_the_setting(string value)
    {
        await using var connector = await RecordingConnector.StartAsync();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            BotTestHost.StartAsync(connector, settings: new Dictionary<string, string?> { ["Dialogue:Language"] = value }));

        var validation = failure as OptionsValidationException ?? Assert.IsType<OptionsValidationException>(failure.InnerException ?? failure.GetBaseException());
        Assert.Contains("Dialogue:Language", validation.Message, StringComparison.Ordinal);
    }
}
