using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Languages;

/// <summary>
/// The room display's pages in the six languages (issue 14): the shared screen in the dialogue's language whatever the
/// browser asks; the tab's configuration page and the privacy and terms pages in the browser's UN language.
/// </summary>
public sealed partial class DisplayPageLanguageTests : ChairChatTests
{
    [Fact]
    public async Task A_French_dialogue_s_screen_is_French_even_for_a_Russian_browser()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "language fr"));
        var token = await DisplayTokenAsync();

        var html = await GetAsync($"/display/{token}", "ru-RU");

        Assert.Contains("<html lang=\"fr\" dir=\"ltr\" class=\"layout-board\">", html, StringComparison.Ordinal);
        Assert.Contains(">Prochains orateurs</h2>", html, StringComparison.Ordinal);
        Assert.Contains(">Personne n’a la parole.</p>", html, StringComparison.Ordinal);
        Assert.Contains(">Plein écran</button>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Temps restant de la séance\"", html, StringComparison.Ordinal);
        Assert.Contains("Dans la salle ? Demandez la parole depuis votre téléphone", html, StringComparison.Ordinal);
        var page = TextsBlock().Replace(html, ""); // the block's keys are names, not words
        foreach (var english in new[] { "Now speaking", "Next speakers", "Full screen", "Connecting", "room display", "Questions to the panel" })
        {
            Assert.DoesNotContain(english, page, StringComparison.Ordinal);
        }

        // The scripts' words come in the same language, in a JSON block the page's own script reads.
        var json = JsonNode.Parse(TextsBlock().Match(html).Groups[1].Value)!;
        Assert.Equal("fr", json["language"]!.GetValue<string>());
        Assert.Equal("La parole est à {0}", json["Announce"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_words_of_another_language_are_served_for_a_page_whose_dialogue_changed_language()
    {
        var arabic = JsonNode.Parse(await GetAsync("/display/texts/ar", null))!;
        var chinese = JsonNode.Parse(await GetAsync("/display/texts/zh-CN", null))!;
        using var german = await BotHost.Client.GetAsync(new Uri("/display/texts/de-DE", UriKind.Relative));

        Assert.Equal(("ar", "rtl"), (arabic["language"]!.GetValue<string>(), arabic["direction"]!.GetValue<string>()));
        Assert.Equal("عن بُعد", arabic["Remote"]!.GetValue<string>());
        Assert.Equal("zh-Hans", chinese["language"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, german.StatusCode);
    }

    [Theory]
    [InlineData("es-ES", "es", "ltr", "Enlace de la pantalla")]
    [InlineData("ar-EG", "ar", "rtl", "رابط الشاشة")]
    [InlineData("de-DE", "en", "ltr", "Display link")]
    public async Task The_configuration_page_follows_the_browser(string acceptLanguage, string lang, string dir, string label)
    {
        var html = await GetAsync("/display/configure", acceptLanguage);

        Assert.Contains($"<html lang=\"{lang}\" dir=\"{dir}\">", html, StringComparison.Ordinal);
        Assert.Contains($">{label}</label>", html, StringComparison.Ordinal);
        Assert.Contains("<code>@Dialogue Bot display</code>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/privacy", "fr-CA", "Confidentialité")]
    [InlineData("/terms", "zh-CN", "使用条款")]
    [InlineData("/terms", "ru", "Условия использования")]
    public async Task The_privacy_and_terms_pages_follow_the_browser(string path, string acceptLanguage, string heading)
    {
        var html = await GetAsync(path, acceptLanguage);

        Assert.Contains($"<h1>{heading}</h1>", html, StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        }

        using var response = await BotHost.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> DisplayTokenAsync()
    {
        await BotHost.SendAsync(Chat.Mention(Teams.Chair, "display"));
        var sent = string.Join("\n", Connector.Requests.Where(r => r.Route == "send").Select(r => r.Body?["text"]?.GetValue<string>() ?? ""));
        return Token().Match(sent).Groups[1].Value;
    }

    [GeneratedRegex(@"/display/([A-Za-z0-9_-]{43})")]
    private static partial Regex Token();

    [GeneratedRegex("""<script type="application/json" id="texts">(.*?)</script>""")]
    private static partial Regex TextsBlock();
}
