using System.Net;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Hosting;

/// <summary>
/// The host finds its own files (wwwroot, appsettings.json) however it is started: as a process launched from
/// another working directory, in Production, where no development-time static web assets map wwwroot (issue 15).
/// </summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly string _elsewhere = Path.Combine(Path.GetTempPath(), "tdb-content-root", Guid.NewGuid().ToString("N"));

    public ContentRootTests() => Directory.CreateDirectory(_elsewhere);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_elsewhere, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    [Fact]
    public async Task Host_started_from_another_directory_serves_wwwroot_and_keeps_its_database_relative_to_that_directory()
    {
        await using var bot = await BotProcess.StartAsync(
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["MicrosoftAppId"] = "5b7d3c1e-0000-4000-8000-00000000b07a",
                ["MicrosoftAppPassword"] = "content-root-test",
                ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
                // As the README documents: a relative Data Source is relative to the working directory.
                ["ConnectionStrings:Dialogue"] = "Data Source=data/dialogue.db",
            },
            workingDirectory: _elsewhere);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        using var page = await http.GetAsync(new Uri("display/configure", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("display/assets/display.js", UriKind.Relative));

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"configure page: {(int)page.StatusCode}\n{bot.Output}");
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True(File.Exists(Path.Combine(_elsewhere, "data", "dialogue.db")), $"no data/dialogue.db under the working directory\n{bot.Output}");
    }
}
