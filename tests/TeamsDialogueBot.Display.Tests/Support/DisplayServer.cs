using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Display.Tests.Support;

/// <summary>
/// The real host on Kestrel at http://127.0.0.1:port (a browser needs a real socket), its public base URL set
/// to that address, talking to the recording Bot Connector. Tests drive it through POST /api/messages.
/// </summary>
public sealed partial class DisplayServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private DisplayServer(WebApplicationFactory<Program> factory, RecordingConnector connector, Uri baseAddress)
    {
        _factory = factory;
        Connector = connector;
        BaseAddress = baseAddress;
        Teams = new Teams(connector.ServiceUrl);
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    public RecordingConnector Connector { get; }
    public Uri BaseAddress { get; }
    public Teams Teams { get; }
    public HttpClient Http { get; }

    public static async Task<DisplayServer> StartAsync()
    {
        var connector = await RecordingConnector.StartAsync();
        connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        connector.SetMeetingRole(Teams.Participant.AadObjectId, "Attendee");
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var database = Path.Combine(Path.GetTempPath(), "tdb-display-tests", Guid.NewGuid().ToString("N"), "dialogue.db");
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:Dialogue", $"Data Source={database}");
            web.UseSetting("MicrosoftAppId", "");
            web.UseSetting("Display:PublicBaseUrl", baseAddress.AbsoluteUri);
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var server = new DisplayServer(factory, connector, baseAddress);
        using var health = await server.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        health.EnsureSuccessStatusCode();
        return server;
    }

    /// <summary>"@Dialogue Bot {command}" from <paramref name="from"/>; throws unless the bot answers 200.</summary>
    public Task SayAsync(TeamsUser from, string command) => PostAsync(Teams.Mention(from, command));

    public async Task PostAsync(JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>A chair asks for the display; returns the boardroom URL the bot answered with.</summary>
    public Task<Uri> DisplayUrlAsync() => DisplayUrlAsync("display");

    /// <summary>A chair replaces the display link (`display rotate`); returns the new boardroom URL.</summary>
    public Task<Uri> RotateAsync() => DisplayUrlAsync("display rotate");

    private async Task<Uri> DisplayUrlAsync(string command)
    {
        var before = Connector.Requests.Count;
        await SayAsync(Teams.Chair, command);
        // The links go to the chair's 1:1 chat, sent from the outbox after the turn.
        var sent = await Connector.WaitForAsync(
            r => r.Route == "send" && (r.Body?["text"]?.GetValue<string>() ?? "").Contains("/display/", StringComparison.Ordinal), TimeSpan.FromSeconds(30), before);
        var text = sent.Body!["text"]!.GetValue<string>();
        return new Uri(BoardUrl().Match(text).Value);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/display/[A-Za-z0-9_-]{43}(?=\s)")]
    private static partial Regex BoardUrl();
}
