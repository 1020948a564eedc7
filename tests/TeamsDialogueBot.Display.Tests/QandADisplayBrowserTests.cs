using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TeamsDialogueBot.Display.Tests.Support;
using TeamsDialogueBot.Host.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace TeamsDialogueBot.Display.Tests;

/// <summary>
/// The room display's panel Q&amp;A in a real Chromium against the real host on Kestrel: a new question and each upvote
/// must show on the open page within one second, without a reload, with names only as the Q&amp;A card shows them.
/// </summary>
public sealed class QandADisplayBrowserTests
{
    private static readonly TeamsUser Voter = new("7a1f0c9e-2b7a-4c3d-9e8f-0a1b2c3d4e5f", "Voter Seven");
    private static readonly LocatorAssertionsToContainTextOptions WithinASecond = new() { Timeout = 1000 };

    [SkippableFact]
    public async Task A_new_question_and_its_upvotes_show_on_the_room_display_within_a_second()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        var frames = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => frames.Enqueue(frame.Text ?? "");
        Assert.Equal(200, (await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri))!.Status);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 10_000 });
        await Expect(page.Locator("#qa")).ToBeHiddenAsync();
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        // The agenda reaches panel III.1: its Q&A opens and the room sees it waiting for questions. This is set-up, not
        // the promise under test (the first push of a fresh host also compiles its path), so it gets more than a second.
        await server.SayAsync(Teams.Chair, "goto III.1");
        await Expect(page.Locator("#qa-empty")).ToBeVisibleAsync(new() { Timeout = 10_000 });

        await server.SayAsync(Teams.Participant, "ask Will smuggled migrants get legal aid?");
        var first = page.Locator("#qa-list li").First;
        await Expect(first).ToContainTextAsync("Will smuggled migrants get legal aid?", WithinASecond);
        await Expect(first).ToContainTextAsync("Remote Participant", WithinASecond);
        await Expect(first.Locator(".qa-votes")).ToHaveTextAsync("▲ 0", new() { Timeout = 1000 });
        await Expect(page.Locator("#qa-announcer")).ToHaveTextAsync("New question: Will smuggled migrants get legal aid?", new() { Timeout = 1000 });

        await UpvoteAsync(server, Voter, 1);
        await Expect(first.Locator(".qa-votes")).ToHaveTextAsync("▲ 1", new() { Timeout = 1000 });
        await Expect(first.Locator(".qa-votes")).ToHaveAttributeAsync("aria-label", "1 upvote");

        await server.SayAsync(Voter, "ask anonymous And who pays for it?");
        await UpvoteAsync(server, Teams.Participant, 2);
        await UpvoteAsync(server, Voter, 2);
        await Expect(first).ToContainTextAsync("And who pays for it?", WithinASecond);
        await Expect(first.Locator(".qa-votes")).ToHaveTextAsync("▲ 2", new() { Timeout = 1000 });
        await Expect(first.Locator(".qa-meta")).ToHaveTextAsync("Anonymous", new() { Timeout = 1000 });

        Assert.Equal(0, navigations);
        await Screenshots.SaveAsync(page, "display-boardroom-qa.png");

        var panel = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 900 } });
        Assert.Equal(200, (await panel.GotoAsync(page.Url + "/panel"))!.Status);
        await Expect(panel.Locator("#qa-list li")).ToHaveCountAsync(2, new() { Timeout = 10_000 });
        Assert.True(await panel.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "the side panel must not scroll sideways");
        var seen = await page.ContentAsync() + string.Join('\n', frames);
        Assert.Contains("Remote Participant", seen, StringComparison.Ordinal);
        foreach (var secret in new[] { Voter.Name, Voter.AadObjectId, Teams.Participant.AadObjectId, server.Teams.ConversationId })
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        }
    }

    private static Task UpvoteAsync(DisplayServer server, TeamsUser voter, int question) =>
        server.PostAsync(server.Teams.Execute(voter, "qa.upvote", new JsonObject
        {
            ["verb"] = "qa.upvote",
            ["pos"] = "2.1",
            ["q"] = question.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
}
