using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/")]
    [InlineData("https://SMBA.TrafficManager.net/teams")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/gcch")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    public void Teams_and_Bot_Framework_service_urls_are_allowed_by_default(string serviceUrl)
    {
        Assert.Null(ServiceUrlPolicy.Default.Problem(serviceUrl));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/", "https")]
    [InlineData("https://169.254.169.254/metadata/", "AllowedServiceUrlHosts")]
    [InlineData("https://evil.example/emea/", "AllowedServiceUrlHosts")]
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/", "AllowedServiceUrlHosts")]
    [InlineData("https://evilbotframework.com/", "AllowedServiceUrlHosts")]
    [InlineData("https://smba.trafficmanager.net:8443/emea/", "port")]
    [InlineData("https://user@smba.trafficmanager.net/emea/", "user info")]
    [InlineData("https://smba.trafficmanager.net/emea/?x=1", "query")]
    [InlineData("http://127.0.0.1:3978/", "loopback")]
    [InlineData("http://localhost:56150/", "loopback")]
    [InlineData("ftp://smba.trafficmanager.net/", "http(s)")]
    [InlineData("/relative", "http(s)")]
    [InlineData("", "missing")]
    public void Anything_else_is_refused_with_a_reason(string serviceUrl, string reasonMentions)
    {
        var problem = ServiceUrlPolicy.Default.Problem(serviceUrl);

        Assert.NotNull(problem);
        Assert.Contains(reasonMentions, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_is_allowed_over_http_only_when_the_policy_says_so()
    {
        var local = new ServiceUrlPolicy(ServiceUrlPolicy.DefaultAllowedHostSuffixes, allowLoopback: true);

        Assert.True(local.IsAllowed("http://127.0.0.1:54321/emea/"));
        Assert.True(local.IsAllowed("http://[::1]:3978/"));
        Assert.False(local.IsAllowed("http://10.0.0.5/"));
        Assert.False(local.IsAllowed("http://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void Configured_suffixes_match_the_domain_and_below_it_whatever_their_spelling()
    {
        var policy = new ServiceUrlPolicy(["*.Contoso.example.", ".bots.fabrikam.example"], allowLoopback: false);

        Assert.True(policy.IsAllowed("https://contoso.example/"));
        Assert.True(policy.IsAllowed("https://teams.contoso.example/emea/"));
        Assert.True(policy.IsAllowed("https://a.bots.fabrikam.example/"));
        Assert.False(policy.IsAllowed("https://fabrikam.example/"));
        Assert.False(policy.IsAllowed("https://smba.trafficmanager.net/emea/"));
    }

    [Fact]
    public void Trusted_service_urls_never_trust_what_the_policy_refuses()
    {
        var trusted = new TrustedServiceUrls(ServiceUrlPolicy.Default, ["https://169.254.169.254/", "https://smba.trafficmanager.net/emea/"]);

        Assert.False(trusted.Trust("https://169.254.169.254/latest/"));
        Assert.False(trusted.Trust("http://127.0.0.1:3978/"));
        Assert.False(trusted.IsTrusted("https://169.254.169.254/"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net/emea/?x=1"));
        Assert.True(trusted.IsTrusted("https://smba.trafficmanager.net/emea"));
    }
}
