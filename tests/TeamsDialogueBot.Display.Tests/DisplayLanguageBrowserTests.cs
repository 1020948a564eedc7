using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsDialogueBot.Display.Tests.Support;
using TeamsDialogueBot.Host.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TeamsDialogueBot.Display.Tests;

/// <summary>
/// The room display in the dialogue's language (issue 14), in a real Chromium: the page's words and the ones its
/// scripts write, Arabic right to left, and a chair's `language` followed live without a reload.
/// </summary>
public sealed class DisplayLanguageBrowserTests
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 2000 };

    [SkippableFact]
    public async Task A_French_dialogue_s_screen_writes_French_from_the_server_and_from_its_scripts()
    {
        await using var server = await DisplayServer.StartAsync();
        await server.SayAsync(Teams.Chair, "language fr");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { Locale = "ru-RU", ViewportSize = new() { Width = 1920, Height = 1080 } });
        await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri);

        await Expect(page.Locator("#connection")).ToHaveTextAsync("En direct", new() { Timeout = 10_000 });
        Assert.Equal("fr", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await Expect(page.Locator("#floor-empty")).ToHaveTextAsync("Personne n’a la parole.", Soon);
        await Expect(page.Locator("#next-empty")).ToHaveTextAsync("Personne n’attend.", Soon);
        await Expect(page.Locator("#fullscreen")).ToHaveTextAsync("Plein écran", Soon);

        await server.SayAsync(Teams.Participant, "q+");
        await server.SayAsync(Teams.Chair, "q+ Ana Lima room org UNODC");
        await server.SayAsync(Teams.Chair, "ack");
        await Expect(page.Locator("#announcer")).ToHaveTextAsync("La parole est à Remote Participant", Soon);
        await Expect(page.Locator("#countdown")).ToHaveAttributeAsync("aria-label", "Temps de parole restant", new() { Timeout = 2000 });
        await Expect(page.Locator("#next-list li").First.Locator(".channel")).ToHaveTextAsync("dans la salle", Soon);

        await server.SayAsync(Teams.Chair, "poll \"Par quoi commencer ?\" \"Prévention\" \"Protection\"");
        await Expect(page.Locator("#poll-heading")).ToHaveTextAsync("Sondage — ouvert", Soon);
        await server.PostAsync(server.Teams.Execute(Teams.Participant, "poll.vote", new JsonObject { ["verb"] = "poll.vote", ["pollId"] = "p1", ["choice"] = "a" }));
        await Expect(page.Locator("#poll-rows li").First.Locator(".value")).ToHaveTextAsync("1 (100 %)", Soon);
        await Expect(page.Locator("#poll-meta")).ToHaveTextAsync("1 participant a répondu", Soon);

        var text = await page.Locator("body").InnerTextAsync();
        foreach (var english in new[] { "Now speaking", "Next speakers", "Nobody", "Full screen", "Live", "Poll", "responses", "in the room" })
        {
            Assert.DoesNotContain(english, text, StringComparison.Ordinal);
        }

        await Screenshots.SaveAsync(page, "display-french.png");
    }

    [SkippableFact]
    public async Task An_Arabic_dialogue_s_screen_is_mirrored_and_a_chair_s_language_change_follows_without_a_reload()
    {
        await using var server = await DisplayServer.StartAsync();
        await server.SayAsync(Teams.Chair, "language ar");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 900 } });
        await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri + "/panel");

        await Expect(page.Locator("#connection")).ToHaveTextAsync("متصل", new() { Timeout = 10_000 });
        Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        await Expect(page.Locator("#next-heading")).ToHaveTextAsync("المتكلمون التالون", Soon);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "the side panel must not scroll sideways");
        await Screenshots.SaveAsync(page, "display-panel-arabic.png");

        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;
        await server.SayAsync(Teams.Chair, "language es");

        await Expect(page.Locator("#next-heading")).ToHaveTextAsync("Próximos oradores", Soon);
        await Expect(page.Locator("#next-empty")).ToHaveTextAsync("No hay nadie en espera.", Soon);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("En directo", Soon);
        Assert.Equal("ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
        Assert.Equal("es", await page.EvaluateAsync<string>("document.documentElement.lang"));
        Assert.Equal(0, navigations);
    }

    [SkippableFact]
    public async Task On_an_Arabic_screen_latin_names_questions_options_and_the_link_keep_left_to_right()
    {
        // In a right-to-left paragraph a Latin name's closing punctuation goes to the far side: "(Ana Lima (UNODC".
        await using var server = await DisplayServer.StartAsync();
        await server.SayAsync(Teams.Chair, "language ar");
        await server.SayAsync(Teams.Chair, "floor qr on");
        await server.SayAsync(Teams.Participant, "q+");
        await server.SayAsync(Teams.Chair, "q+ Ana Lima Jr. room org UNODC (Vienna)");
        await server.SayAsync(Teams.Chair, "ack");
        await server.SayAsync(Teams.Chair, "poll \"Where to start?\" \"Prevention (A)\" \"Protection (B)\"");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri);

        await Expect(page.Locator("#next-list li")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
        await Expect(page.Locator("#poll-question")).ToHaveTextAsync("Where to start?", Soon);
        Assert.Equal("rtl", await page.EvaluateAsync<string>("document.documentElement.dir"));
        foreach (var selector in new[] { "#speaker-name", "#next-list .who bdi", "#next-list .org", "#poll-question", "#poll-rows .label", "#floor-qr-url" })
        {
            Assert.True(await page.EvaluateAsync<bool>($"document.querySelector('{selector}').matches(':dir(ltr)')"), selector + " must be laid out left to right");
        }

        await server.SayAsync(Teams.Chair, "ack");
        await Expect(page.Locator("#speaker-name")).ToHaveTextAsync("Ana Lima Jr.", Soon);
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#speaker-name').matches(':dir(ltr)')"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#speaker-meta > span:last-child').matches(':dir(ltr)')"), "the organisation");
    }

    [SkippableFact]
    public async Task On_an_Arabic_screen_a_latin_question_and_its_asker_keep_left_to_right()
    {
        await using var server = await DisplayServer.StartAsync();
        await server.SayAsync(Teams.Chair, "language ar");
        await server.SayAsync(Teams.Chair, "goto III.1");
        await server.SayAsync(Teams.Participant, "ask Will smuggled migrants get legal aid?");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri);

        var question = page.Locator("#qa-list li").First;
        await Expect(question.Locator(".qa-text")).ToHaveTextAsync("Will smuggled migrants get legal aid?", new() { Timeout = 10_000 });
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#qa-list .qa-text').matches(':dir(ltr)')"), "the question's '?' stays at its end");

        // The asker's name sits in an Arabic line: isolated, so its own direction holds inside it.
        var meta = await question.Locator(".qa-meta").TextContentAsync();
        Assert.Contains("\u2068Remote Participant\u2069", meta, StringComparison.Ordinal);
    }
}
