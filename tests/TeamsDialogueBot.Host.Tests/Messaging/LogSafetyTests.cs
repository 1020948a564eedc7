using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>
/// Nothing from an unauthenticated body reaches the logs but its length, and user values that are logged are
/// escaped and cut (issue 15, item 8: a forged "crit:" line, a 200,000-character id on every 401).
/// </summary>
public sealed class LogSafetyTests : IAsyncLifetime
{
    private const string Forged = "1\n\u001b[31mcrit: Microsoft.Hosting.Lifetime[0]\n      Database deleted by administrator\u001b[0m";

    private readonly CapturedLogs _logs = new();
    private LoopbackOpenIdServer _openId = null!;
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _openId = await LoopbackOpenIdServer.StartAsync();
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(
            _connector,
            settings: new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = _openId.AppId,
                ["MicrosoftAppPassword"] = "test-secret",
                ["MicrosoftAppTenantId"] = Teams.TenantId,
                ["BotFramework:OpenIdMetadataUrl"] = _openId.MetadataUrl,
                ["Logging:LogLevel:Default"] = "Debug",
            },
            configure: web => web.ConfigureLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Debug)));
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private static void AssertClean(IReadOnlyList<string> lines)
    {
        Assert.All(lines, line => Assert.DoesNotContain(line, c => char.IsControl(c)));
        Assert.All(lines, line => Assert.True(line.Length < 2_000, $"a log line of {line.Length} characters"));
        Assert.DoesNotContain(lines, line => line.Contains("Database deleted", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forged_activity_id_without_a_token_leaves_no_trace_of_itself_in_the_logs()
    {
        var activity = _teams.Mention(Teams.Participant, "agenda");
        activity["id"] = Forged;
        var body = activity.ToJsonString();

        using var response = await _host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        AssertClean(_logs.Lines);
        Assert.Contains(_logs.Lines, line => line.Contains(System.Text.Encoding.UTF8.GetByteCount(body).ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Huge_activity_id_on_every_401_is_never_logged()
    {
        var activity = _teams.Mention(Teams.Participant, "agenda");
        activity["id"] = new string('x', 200_000);

        for (var i = 0; i < 3; i++)
        {
            using var response = await _host.PostAsync(activity, bearer: "not-a-token");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        AssertClean(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, line => line.Contains(new string('x', 200), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Authenticated_activity_with_a_refused_service_url_is_logged_escaped_and_cut()
    {
        var serviceUrl = "https://evil.example/" + new string('a', 5_000) + "%0a\u001b[31mcrit:";
        var activity = _teams.Mention(Teams.Participant, "agenda");
        activity["serviceUrl"] = serviceUrl;
        var token = _openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = serviceUrl });

        using var response = await _host.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertClean(_logs.Lines);
        Assert.Contains(_logs.Lines, line => line.Contains("https://evil.example/aaa", StringComparison.Ordinal));
    }
}
