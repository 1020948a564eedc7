using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>`help` explains every command the wired bot routes, in each of the six languages: none falls back to English.</summary>
public sealed class HelpTranslationTests
{
    [Fact]
    public async Task Every_registered_help_line_has_its_explanation_in_every_language()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await BotTestHost.StartAsync(connector);
        var help = host.Services.GetRequiredService<DialogueBot>().Router.Help.ToList();
        Assert.True(help.Count > 30, "the wired bot registers its commands");

        foreach (var language in new[] { "ar", "zh-Hans", "fr", "ru", "es" })
        {
            var set = ResxTextSource.Instance.Resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
            var missing = help.Where(h => string.IsNullOrWhiteSpace(set.GetString(HelpCard.CommandKeyPrefix + h.Syntax))).Select(h => h.Syntax).ToList();
            Assert.True(missing.Count == 0, $"{language} lacks help for: {string.Join(" | ", missing)}");
        }
    }
}
