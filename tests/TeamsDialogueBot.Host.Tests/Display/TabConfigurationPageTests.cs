using System.Net;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Display;

/// <summary>The pages the Teams manifest points at: the tab's configuration page, privacy and terms.</summary>
public sealed class TabConfigurationPageTests : IAsyncLifetime
{
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(_connector);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Configuration_page_asks_for_the_display_link_and_loads_the_Teams_client_library()
    {
        using var page = await _host.Client.GetAsync(new Uri("/display/configure", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Display link", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        foreach (var asset in new[] { "teams.min.js", "configure.js" })
        {
            using var script = await _host.Client.GetAsync(new Uri("/display/assets/" + asset, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        var configure = await _host.Client.GetStringAsync(new Uri("/display/assets/configure.js", UriKind.Relative));
        Assert.Contains("pages.config.setConfig", configure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/privacy", "anonymous polls")]
    [InlineData("/terms", "Terms of use")]
    public async Task Manifest_links_answer(string path, string expected)
    {
        var html = await _host.Client.GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}
