using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TeamsDialogueBot.Display.Tests.Support;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace TeamsDialogueBot.Display.Tests;

/// <summary>
/// The room display in a real Chromium against the real host on Kestrel: every change made through
/// /api/messages must show on the open page within one second, without a reload.
/// </summary>
public sealed partial class RoomDisplayBrowserTests
{
    private static readonly TeamsUser Voter = new("5d1f0c9e-2b7a-4c3d-9e8f-0a1b2c3d4e5f", "Voter One");
    private static readonly LocatorAssertionsToHaveTextOptions WithinASecond = new() { Timeout = 1000 };
    private static readonly LocatorAssertionsToContainTextOptions ContainedWithinASecond = new() { Timeout = 1000 };

    [SkippableFact]
    public async Task The_boardroom_page_follows_the_floor_the_line_and_a_poll_within_a_second_without_reloading()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var url = await server.DisplayUrlAsync();
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1920, Height = 1080 } });
        var frames = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => frames.Enqueue(frame.Text ?? "");

        var response = await page.GotoAsync(url.AbsoluteUri);
        Assert.Equal(200, response!.Status);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 10_000 });
        await Expect(page.Locator("#floor-empty")).ToBeVisibleAsync(new() { Timeout = 1000 });
        var navigations = 0;
        page.FrameNavigated += (_, frame) => navigations += frame == page.MainFrame ? 1 : 0;

        await server.SayAsync(Teams.Participant, "q+ to say hello");
        await Expect(page.Locator("#next-list li").First).ToContainTextAsync("Remote Participant", ContainedWithinASecond);

        await server.SayAsync(Teams.Chair, "q+ Ana Lima room org UNODC");
        await Expect(page.Locator("#next-list li").Nth(1)).ToContainTextAsync("Ana Lima", ContainedWithinASecond);
        await Expect(page.Locator("#next-list li").Nth(1).Locator("[data-channel=room]")).ToHaveCountAsync(1);

        await server.SayAsync(Teams.Chair, "ack");
        await Expect(page.Locator("#speaker-name")).ToHaveTextAsync("Remote Participant", WithinASecond);
        await Expect(page.Locator("#announcer")).ToHaveTextAsync(new Regex("^Now speaking: Remote Participant"), WithinASecond);
        await Expect(page.Locator("#countdown")).ToHaveTextAsync(new Regex(@"^[23]:\d\d$"), WithinASecond);
        await Expect(page.Locator("#next-list li")).ToHaveCountAsync(1, new() { Timeout = 1000 });

        await server.SayAsync(Teams.Chair, "poll \"Which comes first?\" \"Prevention\" \"Protection\"");
        await Expect(page.Locator("#poll-question")).ToHaveTextAsync("Which comes first?", WithinASecond);
        await Expect(page.Locator("#poll-meta")).ToHaveTextAsync("0 respondents", WithinASecond);

        await VoteAsync(server, Voter, "a");
        await Expect(page.Locator("#poll-rows li").First).ToContainTextAsync("1 (100%)", ContainedWithinASecond);
        await VoteAsync(server, Teams.Participant, "b");
        await Expect(page.Locator("#poll-rows li").Nth(1)).ToContainTextAsync("1 (50%)", ContainedWithinASecond);
        await Expect(page.Locator("#poll-meta")).ToHaveTextAsync("2 respondents", WithinASecond);

        Assert.Equal(0, navigations);
        await Screenshots.SaveAsync(page, "display-boardroom.png");

        var panel = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 320, Height = 900 } });
        Assert.Equal(200, (await panel.GotoAsync(url.AbsoluteUri + "/panel"))!.Status);
        await Expect(panel.Locator("#speaker-name")).ToHaveTextAsync("Remote Participant", new() { Timeout = 10_000 });
        Assert.Equal("layout-panel", await panel.EvaluateAsync<string>("document.documentElement.className"));
        Assert.True(await panel.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "the side panel must not scroll sideways");
        await Screenshots.SaveAsync(panel, "display-panel.png");

        // Nothing on the page or on the wire identifies a participant to Teams.
        var seen = await page.ContentAsync() + string.Join('\n', frames);
        Assert.Contains("Remote Participant", string.Join('\n', frames), StringComparison.Ordinal);
        foreach (var secret in new[] { Teams.Participant.AadObjectId, Teams.Chair.AadObjectId, Voter.AadObjectId, server.Teams.ConversationId })
        {
            Assert.DoesNotContain(secret, seen, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(EmailAddress(), seen);
        Assert.DoesNotMatch(TeamsIdPatterns.UserMri(), seen);
    }

    [SkippableFact]
    public async Task The_countdown_turns_amber_in_the_last_30_seconds_and_red_with_overtime_at_zero()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 10_000 });

        await server.SayAsync(Teams.Chair, "time 0:20");
        await server.SayAsync(Teams.Participant, "q+");
        await server.SayAsync(Teams.Chair, "ack");
        var countdown = page.Locator("#countdown");
        await Expect(countdown).ToHaveAttributeAsync("data-state", "warning", new() { Timeout = 1000 });
        await Expect(countdown).ToHaveTextAsync(new Regex(@"^0:(20|19|18)$"), WithinASecond);

        await server.SayAsync(Teams.Chair, "time 0:01");

        // The push lands within a second; the browser's own clock then runs the speaker into overtime.
        await Expect(countdown).ToHaveAttributeAsync("data-state", "over", new() { Timeout = 2500 });
        await Expect(countdown).ToHaveTextAsync(new Regex(@"^\+0:\d\d$"), new() { Timeout = 2500 });
    }

    [SkippableFact]
    public async Task The_session_clock_and_the_online_counts_show_without_the_rosters_names()
    {
        await using var server = await DisplayServer.StartAsync();
        var now = DateTimeOffset.UtcNow;
        server.Connector.SetMeetingInfo(Teams.MeetingId, now.AddHours(-1), now.AddMinutes(95), Teams.Chair.AadObjectId, "graph-meeting-id");
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        await page.GotoAsync((await server.DisplayUrlAsync()).AbsoluteUri);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 10_000 });
        await Expect(page.Locator("#session-clock")).ToBeHiddenAsync();

        await server.PostAsync(server.Teams.Activity("event", Teams.Chair, new JsonObject
        {
            ["name"] = "application/vnd.microsoft.meetingStart",
            ["value"] = new JsonObject { ["StartTime"] = now.AddHours(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture) },
        }));
        string[] joiners = ["Roster Person Alpha", "Roster Person Beta", "Roster Person Gamma"];
        await server.PostAsync(server.Teams.Activity("event", Teams.Chair, new JsonObject
        {
            ["name"] = "application/vnd.microsoft.meetingParticipantJoin",
            ["value"] = new JsonObject
            {
                ["Members"] = new JsonArray([.. joiners.Select((name, i) => (JsonNode)new JsonObject
                {
                    ["User"] = new JsonObject { ["Id"] = $"29:roster-{i}", ["AadObjectId"] = $"roster-aad-{i}", ["Name"] = name },
                    ["Meeting"] = new JsonObject { ["Role"] = "Attendee", ["InMeeting"] = true },
                })]),
            },
        }));

        // 95 minutes from `now`, less the time Chromium took to start and the frames to arrive (the page rounds down, and
        // the fake Connector drops the end's fraction of a second): "1 h 34 min" only for the first 59 s. A loaded machine
        // can take that long, so any minute from 1 h 20 on is the right end read from the meeting's details.
        await Expect(page.Locator("#session-clock")).ToHaveTextAsync(new Regex(@"^Session ends in 1 h (2\d|3[0-4]) min$"), new() { Timeout = 2000 });
        await Expect(page.Locator("#online")).ToHaveTextAsync("Online now 3 · spoke so far 0", new() { Timeout = 2000 });
        var seen = await page.ContentAsync();
        Assert.All(joiners, name => Assert.DoesNotContain(name, seen, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_wrong_or_missing_token_gets_404_for_the_page_and_the_live_channel()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var good = await server.DisplayUrlAsync();
        var page = await browser.NewPageAsync();

        var wrong = new Uri(server.BaseAddress, "display/" + new string('A', 43));
        Assert.Equal(404, (await page.GotoAsync(wrong.AbsoluteUri))!.Status);
        Assert.Equal(404, (await page.GotoAsync(wrong.AbsoluteUri + "/panel"))!.Status);
        Assert.Equal(404, (await page.GotoAsync(new Uri(server.BaseAddress, "display/").AbsoluteUri))!.Status);

        var token = good.Segments[^1];
        using var badJoin = await server.Http.PostAsync(new Uri("/display-hub/negotiate?negotiateVersion=1&token=" + new string('B', 43), UriKind.Relative), null);
        using var noJoin = await server.Http.PostAsync(new Uri("/display-hub/negotiate?negotiateVersion=1", UriKind.Relative), null);
        using var goodJoin = await server.Http.PostAsync(new Uri("/display-hub/negotiate?negotiateVersion=1&token=" + token, UriKind.Relative), null);
        Assert.Equal(404, (int)badJoin.StatusCode);
        Assert.Equal(404, (int)noJoin.StatusCode);
        Assert.Equal(200, (int)goodJoin.StatusCode);
    }

    [SkippableFact]
    public async Task A_page_open_on_a_replaced_link_says_so_and_the_old_link_is_gone()
    {
        await using var server = await DisplayServer.StartAsync();
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var old = await server.DisplayUrlAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(old.AbsoluteUri);
        await Expect(page.Locator("#connection")).ToHaveTextAsync("Live", new() { Timeout = 5000 });

        var replaced = await server.RotateAsync();

        await Expect(page.Locator("#connection")).ToHaveTextAsync(new Regex("link was replaced"), new() { Timeout = 3000 });
        Assert.NotEqual(old, replaced);
        var again = await browser.NewPageAsync();
        Assert.Equal(404, (await again.GotoAsync(old.AbsoluteUri))!.Status);
        Assert.Equal(200, (await again.GotoAsync(replaced.AbsoluteUri))!.Status);
    }

    private static Task VoteAsync(DisplayServer server, TeamsUser voter, string choice) =>
        server.PostAsync(server.Teams.Execute(voter, "poll.vote", new JsonObject
        {
            ["verb"] = "poll.vote",
            ["pollId"] = "p1",
            ["choice"] = choice,
        }));

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailAddress();
}
