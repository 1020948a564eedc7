using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using TeamsDialogueBot.Conformance.Tests.Tools;

namespace TeamsDialogueBot.Conformance.Tests.Manifest;

/// <summary>
/// `bash manifest/package.sh` builds what an admin uploads to Teams; the package is checked against the official
/// Teams schema (offline, bundled in @microsoft/app-manifest) and Teams' icon rules.
/// </summary>
public sealed class ManifestPackageTests
{
    private const string AppId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private const string Host = "dialogue-bot.azurewebsites.net";

    [Fact]
    public async Task The_package_holds_the_filled_manifest_and_both_icons_at_its_root()
    {
        using var package = await PackageAsync(AppId, Host, "2.3.4");

        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var manifest = ReadManifest(package);
        Assert.DoesNotContain("{{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("2.3.4", (string?)manifest["version"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(AppId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Contains(Host, manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.StartsWith($"https://{Host}/", (string?)manifest["configurableTabs"]![0]!["configurationUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manifest_validates_against_the_official_Teams_schema_and_the_icons_follow_Teams_rules()
    {
        var report = await ValidateAsync(await PackageAsync(AppId, Host, "1.0.0"));

        Assert.Equal("https://developer.microsoft.com/en-us/json-schemas/teams/v1.29/MicrosoftTeams.schema.json", report.GetProperty("schema").GetString());
        Assert.True(report.GetProperty("schemaErrors").GetArrayLength() == 0, report.GetProperty("schemaErrors").ToString());
        Assert.True(report.GetProperty("iconProblems").GetArrayLength() == 0, report.GetProperty("iconProblems").ToString());
    }

    [Fact]
    public async Task The_validator_reports_a_schema_error_and_a_bad_icon()
    {
        using var package = await PackageAsync(AppId, Host, "1.0.0");
        var folder = Extract(package);
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")))!;
        manifest["bots"]![0]!["commandLists"]![0]!["triggers"] = new JsonArray("typed");
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), manifest.ToJsonString());
        File.Copy(Path.Combine(folder, "color.png"), Path.Combine(folder, "outline.png"), overwrite: true);

        var report = await ValidateFolderAsync(folder);

        Assert.Contains(report.GetProperty("schemaErrors").EnumerateArray(), e => e.GetString()!.Contains("triggers", StringComparison.Ordinal));
        var icons = report.GetProperty("iconProblems").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(icons, p => p.Contains("192×192, Teams wants 32×32", StringComparison.Ordinal));
        Assert.Contains(icons, p => p.Contains("not white", StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_offers_participant_and_chair_commands_by_mention_and_slash()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Manifest, "manifest.template.json")))!;
        var bot = manifest["bots"]![0]!;
        var lists = bot["commandLists"]!.AsArray();
        var titles = lists.SelectMany(l => l!["commands"]!.AsArray().Select(c => (string)c!["title"]!)).ToList();

        Assert.True((bool)bot["supportsTargetedMessages"]!);
        Assert.InRange(lists.Count, 1, 3);
        Assert.All(lists, l => Assert.InRange(l!["commands"]!.AsArray().Count, 1, 12));
        Assert.All(lists, l => Assert.Equal(["mention", "slash"], l!["triggers"]!.AsArray().Select(t => (string)t!)));
        Assert.Superset(new HashSet<string> { "help", "agenda", "q+", "q-", "q?", "inputs", "next", "prev", "goto", "ack", "queue", "policy", "time", "poll", "display", "report", "ask", "qa", "input", "hold", "profile" }, titles.ToHashSet());
    }

    [Theory]
    [InlineData("not-a-guid", Host, "app id")]
    [InlineData(AppId, "https://dialogue-bot.azurewebsites.net", "bare host name")]
    [InlineData(AppId, "dialogue-bot.azurewebsites.net/api", "bare host name")]
    [InlineData(AppId, "dialogue_bot.example", "not a valid DNS host name")]
    public async Task Package_refuses_a_malformed_app_id_or_host(string appId, string host, string expected)
    {
        var output = Directory.CreateTempSubdirectory("package-");
        var result = await RunPackageAsync(output.FullName, appId, host);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output.FullName, "TeamsDialogueBot.zip")));
    }

    private static async Task<ZipArchive> PackageAsync(string appId, string host, string version)
    {
        var output = Directory.CreateTempSubdirectory("package-");
        var result = await RunPackageAsync(output.FullName, appId, host, version);
        Assert.True(result.ExitCode == 0, result.Describe());
        var zip = Path.Combine(output.FullName, "TeamsDialogueBot.zip");
        Assert.Equal(zip, result.StandardOutput.Trim());
        return new ZipArchive(new MemoryStream(await File.ReadAllBytesAsync(zip)));
    }

    private static Task<ProcessResult> RunPackageAsync(string outDir, params string[] arguments) =>
        ProcessRunner.RunAsync(
            "bash",
            arguments.Prepend(Path.Combine(RepositoryPaths.Manifest, "package.sh")),
            RepositoryPaths.Root,
            new Dictionary<string, string> { ["OUT_DIR"] = outDir });

    private static JsonNode ReadManifest(ZipArchive package)
    {
        using var stream = package.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(stream)!;
    }

    private static string Extract(ZipArchive package)
    {
        var folder = Directory.CreateTempSubdirectory("manifest-").FullName;
        package.ExtractToDirectory(folder);
        return folder;
    }

    private static async Task<JsonElement> ValidateAsync(ZipArchive package)
    {
        using (package)
        {
            return await ValidateFolderAsync(Extract(package));
        }
    }

    private static async Task<JsonElement> ValidateFolderAsync(string folder)
    {
        var report = Path.Combine(folder, "report.json");
        await NodeTools.RunScriptAsync("validate-manifest.js", folder, report);
        return JsonDocument.Parse(await File.ReadAllTextAsync(report)).RootElement.Clone();
    }
}
