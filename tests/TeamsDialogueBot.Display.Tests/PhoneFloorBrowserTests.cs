using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TeamsDialogueBot.Display.Tests.Support;
using TeamsDialogueBot.Host.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TeamsDialogueBot.Display.Tests;

/// <summary>
/// The floor page (issue 18) in a real Chromium on a 360 × 740 phone screen against the real host: scan (open the
/// link), say who you are, request, withdraw, request again, be called by a chair through the bot and see it within a
/// second; a second browser is a second person; and the whole thing without script, by plain forms.
/// </summary>
public sealed class PhoneFloorBrowserTests
{
    private static readonly BrowserNewContextOptions PhoneScreen = new() { ViewportSize = new() { Width = 360, Height = 740 }, HasTouch = true, IsMobile = true };
    private static readonly LocatorAssertionsToHaveTextOptions WithinASecond = new() { Timeout = 1000 };

    [SkippableFact]
    public async Task Two_phones_request_withdraw_and_request_again_and_the_first_sees_it_has_the_floor_within_a_second_of_ack()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var url = await server.FloorUrlAsync();
        await using var first = await browser.NewContextAsync(PhoneScreen);
        await using var second = await browser.NewContextAsync(PhoneScreen);
        var ana = await JoinAsync(first, url, "Ana Lima", "UNODC Youth", "youth");
        var ben = await JoinAsync(second, url, "Ben Okoro", null, "academia");

        await ana.GetByRole(AriaRole.Button, new() { Name = "Request the floor" }).ClickAsync();
        await Expect(ana.Locator("#me-status")).ToHaveTextAsync("You are number 1 in line", WithinASecond);
        await Expect(ana.Locator("#flash")).ToHaveTextAsync("You are on the speakers' list.", WithinASecond);
        await Expect(ana.Locator("#me-status")).ToBeFocusedAsync(new() { Timeout = 1000 });
        await ana.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Expect(ana.Locator("#me-status")).ToHaveTextAsync("You are not on the speakers' list.", WithinASecond);

        await ben.GetByRole(AriaRole.Button, new() { Name = "Request the floor" }).ClickAsync();
        await Expect(ben.Locator("#me-status")).ToHaveTextAsync("You are number 1 in line", WithinASecond);
        await ana.GetByRole(AriaRole.Button, new() { Name = "Request the floor" }).ClickAsync();
        await Expect(ana.Locator("#me-status")).ToHaveTextAsync("You are number 2 in line", WithinASecond);
        await Expect(ana.Locator("#me-detail")).ToHaveTextAsync(new Regex("^Estimated wait: about [23]:\\d\\d$"), WithinASecond);

        // A remote participant joins the same line from Teams; the phones see the count, never who it is beyond the screen.
        await server.SayAsync(Teams.Participant, "q+");
        await Expect(ana.Locator("#waiting")).ToHaveTextAsync("3 waiting", WithinASecond);

        await server.SayAsync(Teams.Chair, "ack");
        await Expect(ben.Locator("#me-status")).ToHaveTextAsync("You have the floor", WithinASecond);
        await Expect(ben.Locator("#me-countdown")).ToHaveTextAsync(new Regex(@"^[23]:\d\d$"), WithinASecond);
        await Expect(ana.Locator("#me-status")).ToHaveTextAsync("You are number 1 in line", WithinASecond);
        await Expect(ana.Locator("#floor-name")).ToHaveTextAsync("Ben Okoro", WithinASecond);

        await server.SayAsync(Teams.Chair, "ack");
        await Expect(ana.Locator("#me-status")).ToHaveTextAsync("You have the floor", WithinASecond);
        await Expect(ana.Locator("#flash")).ToHaveTextAsync("You have the floor", WithinASecond);
        await Expect(ana.Locator("#form-withdraw")).ToBeHiddenAsync(new() { Timeout = 1000 });
        await Expect(ben.Locator("#me-status")).ToHaveTextAsync("You are not on the speakers' list.", WithinASecond);

        foreach (var page in new[] { ana, ben })
        {
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "the floor page must not scroll sideways on a phone");
            Assert.Equal("ltr", await page.EvaluateAsync<string>("document.documentElement.dir"));
            var box = await page.Locator("#form-request button, #form-withdraw button").First.BoundingBoxAsync();
            Assert.True(box is null || box.Height >= 48, "buttons are big enough for a thumb");
            Assert.DoesNotContain(server.Teams.ConversationId, await page.ContentAsync(), StringComparison.Ordinal);
        }

        await Screenshots.SaveAsync(ana, "floor-phone.png");
    }

    [SkippableFact]
    public async Task Without_script_the_forms_post_and_redirect_and_the_phone_requests_and_withdraws()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var url = await server.FloorUrlAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions(PhoneScreen) { JavaScriptEnabled = false });
        var page = await JoinAsync(context, url, "Chidi Nwosu", "Open Society", "NGO");

        await page.GetByRole(AriaRole.Button, new() { Name = "Request the floor" }).ClickAsync();
        await Expect(page.Locator("#flash")).ToHaveTextAsync("You are on the speakers' list.");
        await Expect(page.Locator("#me-status")).ToHaveTextAsync("You are number 1 in line");
        Assert.Contains("?done=Requested", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Not ready — keep my place" }).ClickAsync();
        await Expect(page.Locator("#me-detail")).ToHaveTextAsync("On hold — your place is kept. Press “I'm ready” when you are.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Expect(page.Locator("#me-status")).ToHaveTextAsync("You are not on the speakers' list.");

        // Reloading the page after an action gets the page again; it never posts the action a second time.
        await page.ReloadAsync();
        await Expect(page.Locator("#me-status")).ToHaveTextAsync("You are not on the speakers' list.");
        await server.SayAsync(Teams.Chair, "floor qr off");
        await page.GotoAsync(url.AbsoluteUri);
        await Expect(page.Locator("#closed")).ToHaveTextAsync("Requests from phones are closed.");
        await Expect(page.Locator("#form-request")).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task The_room_display_shows_the_qr_code_and_link_while_on_and_hides_them_when_off()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var display = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        await display.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri);
        await Expect(display.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 10_000 });
        await Expect(display.Locator("#floor-qr")).ToBeHiddenAsync();

        var url = await server.FloorUrlAsync();
        await Expect(display.Locator("#floor-qr")).ToBeVisibleAsync(new() { Timeout = 1000 });
        await Expect(display.Locator("#floor-qr-url")).ToHaveTextAsync(url.AbsoluteUri["http://".Length..], WithinASecond);
        await display.WaitForFunctionAsync(
            "() => { const i = document.getElementById('floor-qr-code'); return i.complete && i.naturalWidth > 0; }", null, new() { Timeout = 2000 });
        var box = await display.Locator("#floor-qr-code").BoundingBoxAsync();
        Assert.True(box!.Width >= 150, "the code is large enough to scan from across the room");
        await Screenshots.SaveAsync(display, "display-floor-qr.png");

        await server.SayAsync(Teams.Chair, "floor qr off");
        await Expect(display.Locator("#floor-qr")).ToBeHiddenAsync(new() { Timeout = 1000 });
    }

    [SkippableFact]
    public async Task A_page_open_on_a_rotated_link_is_told_to_scan_again_and_the_closed_page_follows_floor_qr_off_live()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var url = await server.FloorUrlAsync();
        await using var context = await browser.NewContextAsync(PhoneScreen);
        var page = await JoinAsync(context, url, "Dara Sen", null, "NGO");
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 10_000 });

        await server.SayAsync(Teams.Chair, "floor qr off");
        await Expect(page.Locator("#closed")).ToHaveTextAsync("Requests from phones are closed.", WithinASecond);
        await Expect(page.Locator("#form-request")).ToBeHiddenAsync(new() { Timeout = 1000 });
        await server.SayAsync(Teams.Chair, "floor qr on");
        await Expect(page.Locator("#form-request")).ToBeVisibleAsync(new() { Timeout = 1000 });

        await server.SayAsync(Teams.Chair, "floor qr rotate");
        await Expect(page.Locator("#flash")).ToHaveTextAsync("This link has been replaced. Scan the new QR code on the room screen.", WithinASecond);
        await Expect(page.Locator("#form-request")).ToBeHiddenAsync(new() { Timeout = 1000 });
        Assert.Equal(404, (await page.ReloadAsync())!.Status);
    }

    // Scanning the code is opening its link; the first visit asks who the person is, once.
    private static async Task<IPage> JoinAsync(IBrowserContext context, Uri url, string name, string? organisation, string group)
    {
        var page = await context.NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync(url.AbsoluteUri))!.Status);
        await page.GetByLabel("Your name").FillAsync(name);
        if (organisation is not null)
        {
            await page.GetByLabel("Organisation (optional)").FillAsync(organisation);
        }

        await page.GetByLabel("Stakeholder group").SelectOptionAsync(group);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Request the floor" })).ToBeVisibleAsync();
        return page;
    }
}
