using Microsoft.Playwright;

namespace TeamsDialogueBot.Display.Tests.Support;

/// <summary>
/// Screenshots of the layouts. Written to the test's output folder on every run; into docs/ only when
/// TDB_UPDATE_SCREENSHOTS=1, so ordinary runs never dirty the work tree.
/// </summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false });
        Assert.True(bytes.Length > 1000, "the screenshot is empty");
        await File.WriteAllBytesAsync(Path.Combine(AppContext.BaseDirectory, name), bytes);
        if (Environment.GetEnvironmentVariable("TDB_UPDATE_SCREENSHOTS") == "1")
        {
            await File.WriteAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", name), bytes);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TeamsDialogueBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("TeamsDialogueBot.sln not found above " + AppContext.BaseDirectory);
    }
}
