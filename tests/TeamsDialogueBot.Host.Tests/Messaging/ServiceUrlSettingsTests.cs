using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using TeamsDialogueBot.Host.Composition;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Host.Tests.Messaging;

/// <summary>BotFramework:AllowedServiceUrlHosts and BotFramework:AllowInsecureLoopbackServiceUrls as settings.</summary>
public sealed class ServiceUrlSettingsTests
{
    private static ServiceUrlPolicy Read(bool development, params (string Key, string Value)[] settings) =>
        ServiceUrlRegistration.Read(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(),
            development);

    [Fact]
    public void Production_defaults_to_the_teams_hosts_and_refuses_loopback()
    {
        var policy = Read(development: false);

        Assert.Equal(ServiceUrlPolicy.DefaultAllowedHostSuffixes, policy.AllowedHostSuffixes);
        Assert.False(policy.IsAllowed("http://127.0.0.1:3978/emea/"));
        Assert.True(policy.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void Development_or_the_explicit_setting_allows_loopback()
    {
        Assert.True(Read(development: true).IsAllowed("http://127.0.0.1:3978/emea/"));
        Assert.True(Read(false, (ServiceUrlRegistration.AllowLoopbackKey, "true")).IsAllowed("http://127.0.0.1:3978/emea/"));
    }

    [Fact]
    public void Configured_hosts_replace_the_defaults_as_a_list_or_as_one_string()
    {
        var listed = Read(false, ($"{ServiceUrlRegistration.AllowedHostsKey}:0", "bots.contoso.example"));
        var joined = Read(false, (ServiceUrlRegistration.AllowedHostsKey, "bots.contoso.example, smba.trafficmanager.net"));

        Assert.True(listed.IsAllowed("https://eu.bots.contoso.example/"));
        Assert.False(listed.IsAllowed("https://smba.trafficmanager.net/emea/"));
        Assert.True(joined.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/")]
    [InlineData("net")]
    [InlineData("smba.trafficmanager.net:443")]
    public void Malformed_allowed_host_stops_startup_naming_the_setting(string entry)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("MicrosoftAppId", "");
            web.UseSetting("ConnectionStrings:Dialogue", $"Data Source={Support.BotTestHost.NewDatabasePath()}");
            web.UseSetting($"{ServiceUrlRegistration.AllowedHostsKey}:0", entry);
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(ServiceUrlRegistration.AllowedHostsKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_setting_that_is_not_a_boolean_stops_startup()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read(false, (ServiceUrlRegistration.AllowLoopbackKey, "yes please")));

        Assert.Contains(ServiceUrlRegistration.AllowLoopbackKey, error.Message, StringComparison.Ordinal);
    }
}
