using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Manifest;

/// <summary>
/// The Teams app manifest offers commands in Teams' command menu; each must be one the bot as wired answers, or the
/// menu offers something that ends in "I don't know". Checked against the routes of the real host.
/// </summary>
public sealed class ManifestCommandsTests : IAsyncLifetime
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
    public void Every_command_the_manifest_declares_has_a_route()
    {
        var manifest = Manifest();

        Assert.Empty(Unrouted(manifest, Router));
        Assert.Contains("input", Titles(manifest));
        Assert.Contains("inputs", Titles(manifest));
    }

    [Fact]
    public void A_declared_command_without_a_route_is_caught()
    {
        var manifest = Manifest();
        manifest["bots"]![0]!["commandLists"]![1]!["commands"]!.AsArray().Add(new JsonObject { ["title"] = "frobnicate", ["description"] = "Nothing answers this" });

        Assert.Equal(["frobnicate"], Unrouted(manifest, Router));
    }

    [Fact]
    public void The_lists_leave_room_within_Teams_limits()
    {
        var lists = Manifest()["bots"]![0]!["commandLists"]!.AsArray();

        Assert.InRange(lists.Count, 1, 3);
        Assert.All(lists, l => Assert.InRange(l!["commands"]!.AsArray().Count, 1, 12));
        Assert.Equal(Titles(Manifest()).Count, Titles(Manifest()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private ActivityRouter Router => _host.Services.GetRequiredService<DialogueBot>().Router;

    private static List<string> Unrouted(JsonNode manifest, ActivityRouter router) =>
        [.. Titles(manifest).Where(title => router.FindCommand(title) is null)];

    private static List<string> Titles(JsonNode manifest) =>
        [.. manifest["bots"]!.AsArray()
            .SelectMany(b => b!["commandLists"]!.AsArray())
            .SelectMany(l => l!["commands"]!.AsArray())
            .Select(c => (string)c!["title"]!)];

    private static JsonNode Manifest()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "manifest", "manifest.template.json");
            if (File.Exists(path))
            {
                return JsonNode.Parse(File.ReadAllText(path))!;
            }
        }

        throw new FileNotFoundException("manifest/manifest.template.json not found above " + AppContext.BaseDirectory);
    }
}
