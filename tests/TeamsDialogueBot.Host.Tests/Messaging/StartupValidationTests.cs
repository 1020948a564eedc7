using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>Anonymous mode only in Development; anywhere else missing credentials stop start-up, named.</summary>
public sealed class StartupValidationTests
{
    private static InvalidOperationException StartFails(string environment, IReadOnlyDictionary<string, string?> settings)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var startup = error as InvalidOperationException ?? error.InnerException as InvalidOperationException;
        Assert.NotNull(startup);
        return startup;
    }

    [Fact]
    public void Production_without_an_app_id_refuses_to_start_and_names_the_setting()
    {
        var error = StartFails("Production", new Dictionary<string, string?> { ["MicrosoftAppId"] = "" });

        Assert.Contains("MicrosoftAppId", error.Message, StringComparison.Ordinal);
        Assert.Contains("Development", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Single_tenant_bot_without_secret_and_tenant_names_both()
    {
        var error = StartFails("Production", new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "5b7d3c1e-0000-4000-8000-00000000b07a",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
        });

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_metadata_url_for_a_remote_host_is_refused()
    {
        var error = StartFails("Production", new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "5b7d3c1e-0000-4000-8000-00000000b07a",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ["BotFramework:OpenIdMetadataUrl"] = "http://login.example.com/metadata",
        });

        Assert.Contains("http is accepted only for loopback", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_programme_file_stops_startup_naming_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "tdb-host-tests", Guid.NewGuid().ToString("N") + ".yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "title: Test\ndate: 2024-07-15\ntime_zone: Europe/Vienna\nitems:\n  - number: I\n    tittle: Opening\n");

        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Development");
                web.UseSetting("MicrosoftAppId", "");
                web.UseSetting("ConnectionStrings:Dialogue", $"Data Source={Path.ChangeExtension(path, ".db")}");
                web.UseSetting("Dialogue:ProgrammePath", path);
            });
            factory.CreateClient();
        });

        var message = error.ToString();
        Assert.Contains(Path.GetFileName(path), message, StringComparison.Ordinal);
        Assert.Contains("line 6", message, StringComparison.Ordinal);
        Assert.Contains("tittle", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Display:PublicBaseUrl", "not a url", "Display:PublicBaseUrl 'not a url' must be an absolute http(s) URL")]
    [InlineData("Display:Backplane", "kafka", "Display:Backplane must be 'none' or 'redis'")]
    [InlineData("Display:Backplane", "redis", "Display:RedisConnectionString is not set")]
    [InlineData("Polls:AnonymousSecret", "too-short", "Polls:AnonymousSecret must have at least 16 characters")]
    [InlineData("Polls:RefreshInterval", "00:10:00", "Polls:RefreshInterval must be a time span")]
    [InlineData("Storage:RetentionDays", "-5", "Storage:RetentionDays must be a whole number of days")]
    [InlineData("Outbox:MaxAge", "00:00:01", "MaxAge")]
    [InlineData("Outbound:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("Outbox:LeaseTtl", "soon", "Outbox:LeaseTtl")]
    public void A_bad_setting_stops_startup_naming_it(string setting, string value, string expected)
    {
        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Development");
                web.UseSetting("MicrosoftAppId", "");
                web.UseSetting("ConnectionStrings:Dialogue", $"Data Source={Path.Combine(Path.GetTempPath(), "tdb-host-tests", Guid.NewGuid().ToString("N"), "dialogue.db")}");
                web.UseSetting(setting, value);
            });
            factory.CreateClient();
        });

        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains(expected, messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
