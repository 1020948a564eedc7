using Microsoft.Extensions.Options;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

public sealed class TokenAndTrustTests
{
    [Fact]
    public void Single_tenant_bot_gets_tokens_from_its_own_tenant()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "contoso-tenant", LoginAuthority = "https://login.microsoftonline.com/" };

        Assert.Equal("https://login.microsoftonline.com/contoso-tenant", MsalBotTokenProvider.AuthorityFor(options));
    }

    [Fact]
    public void Multi_tenant_bot_gets_tokens_from_botframework_com()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = "MultiTenant", MicrosoftAppTenantId = "ignored" };

        Assert.Equal("https://login.microsoftonline.com/botframework.com", MsalBotTokenProvider.AuthorityFor(options));
    }

    [Fact]
    public void User_assigned_msi_is_recognised_case_insensitively()
    {
        Assert.True(MsalBotTokenProvider.IsManagedIdentity(new BotFrameworkOptions { MicrosoftAppType = "userassignedmsi" }));
        Assert.False(MsalBotTokenProvider.IsManagedIdentity(new BotFrameworkOptions()));
    }

    [Fact]
    public async Task Anonymous_options_give_no_token()
    {
        var provider = new MsalBotTokenProvider(Options.Create(new BotFrameworkOptions()));

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Null(await new AnonymousTokenProvider().GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public void Trust_ignores_trailing_slash_and_host_case_but_not_the_path()
    {
        var trusted = new TrustedServiceUrls(ServiceUrlPolicy.Default, ["https://smba.trafficmanager.net/emea/"]);

        Assert.True(trusted.IsTrusted("https://SMBA.trafficmanager.net/emea"));
        Assert.False(trusted.IsTrusted("https://smba.trafficmanager.net/amer/"));
        Assert.False(trusted.IsTrusted("https://evil.example/emea/"));
        Assert.False(trusted.IsTrusted("not a url"));
    }
}
