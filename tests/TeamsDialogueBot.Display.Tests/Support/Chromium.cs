using Microsoft.Playwright;

namespace TeamsDialogueBot.Display.Tests.Support;

/// <summary>
/// The system's Chromium (Debian's package at /usr/bin/chromium) under Playwright; no browser is ever
/// downloaded. Missing: the test is skipped with the reason locally and fails under CI=true.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"{ExecutablePath} is missing (apt-get install -y chromium); the room display's browser tests need it.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true: " + reason);
            }

            Skip.If(true, reason);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
        return (playwright, browser);
    }
}
