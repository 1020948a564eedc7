using System.Text.Json.Nodes;
using TeamsDialogueBot.Conformance.Tests.Tools;

namespace TeamsDialogueBot.Conformance.Tests.Infra;

/// <summary>infra/main.bicep compiles with the Bicep CLI (from NuGet) without an error or a linter warning.</summary>
public sealed class BicepTests
{
    private static readonly Lazy<Task<(ProcessResult Build, JsonNode? Template)>> Compiled = new(CompileAsync);

    [Fact]
    public async Task Main_bicep_compiles_without_errors_or_warnings()
    {
        var (build, template) = await Compiled.Value;

        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.DoesNotContain(": Error ", build.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(": Warning ", build.StandardError, StringComparison.Ordinal);
        Assert.NotNull(template);
    }

    [Fact]
    public async Task The_template_wires_the_bot_web_app_database_vault_and_telemetry()
    {
        var json = (await Compiled.Value).Template!.ToJsonString();

        foreach (var expected in new[]
                 {
                     "Microsoft.BotService/botServices", "MsTeamsChannel", "\"msaAppType\":\"SingleTenant\"", "/api/messages",
                     "Microsoft.Web/sites", "DOTNETCORE|10.0", "\"healthCheckPath\":\"/healthz\"",
                     "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "@Microsoft.KeyVault(SecretUri=",
                     "Storage__Provider", "Postgres", "ConnectionStrings__Dialogue",
                     "Microsoft.DBforPostgreSQL/flexibleServers/databases", "\"enableRbacAuthorization\":true",
                     "4633458b-17de-408a-b874-0445c86b69e6", "Microsoft.Insights/components", "Microsoft.OperationalInsights/workspaces",
                 })
        {
            Assert.Contains(expected, json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Health_check_path_startup_command_and_display_links_match_the_deployed_app()
    {
        var resources = (await Compiled.Value).Template!["resources"]!.AsArray();
        var site = Assert.Single(resources, r => (string?)r!["type"] == "Microsoft.Web/sites")!;
        var settings = Assert.Single(resources, r => (string?)r!["type"] == "Microsoft.Web/sites/config")!;

        Assert.Equal("/healthz", (string?)site["properties"]!["siteConfig"]!["healthCheckPath"]);
        // The assembly infra/publish.sh produces; a wrong name leaves App Service's container failing its start.
        Assert.Equal("dotnet TeamsDialogueBot.Host.dll", (string?)site["properties"]!["siteConfig"]!["appCommandLine"]);
        Assert.Equal(
            "[format('https://{0}/', reference(resourceId('Microsoft.Web/sites', parameters('appName')), '2024-04-01').defaultHostName)]",
            (string?)settings["properties"]!["Display__PublicBaseUrl"]);
    }

    [Fact]
    public async Task The_parameters_file_names_only_declared_parameters_and_secrets_stay_out_of_it()
    {
        var declared = (await Compiled.Value).Template!["parameters"]!.AsObject();
        var given = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Infra, "main.parameters.json")))!["parameters"]!.AsObject();

        Assert.All(given, p => Assert.True(declared.ContainsKey(p.Key), $"{p.Key} is not a parameter of main.bicep"));
        var secure = declared.Where(p => (string?)p.Value!["type"] == "securestring").Select(p => p.Key).ToList();
        Assert.Equal(["botAppPassword", "postgresAdminPassword"], secure.Order(StringComparer.Ordinal));
        Assert.All(secure, s => Assert.False(given.ContainsKey(s), $"{s} must be passed at deployment, not committed"));
    }

    private static async Task<(ProcessResult, JsonNode?)> CompileAsync()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("bicep-").FullName, "main.json");
        var build = await ProcessRunner.RunAsync(
            RepositoryPaths.BicepCli,
            ["build", Path.Combine(RepositoryPaths.Infra, "main.bicep"), "--outfile", output],
            RepositoryPaths.Infra,
            new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["BICEP_TRACING_ENABLED"] = "false" });
        return (build, File.Exists(output) ? JsonNode.Parse(await File.ReadAllTextAsync(output)) : null);
    }
}
