using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Support;

/// <summary>
/// The real host (Program) on an in-memory server, its SQLite file in a temp folder, talking to a
/// recording fake Bot Connector that is a real HTTP server on loopback.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private BotTestHost(WebApplicationFactory<Program> factory, RecordingConnector connector, string databasePath)
    {
        _factory = factory;
        Connector = connector;
        DatabasePath = databasePath;
        Client = factory.CreateClient();
    }

    public RecordingConnector Connector { get; }
    public string DatabasePath { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => _factory.Services;

    public static async Task<BotTestHost> StartAsync(
        RecordingConnector connector,
        string? databasePath = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IWebHostBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(connector);
        databasePath ??= NewDatabasePath();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("ConnectionStrings:Dialogue", $"Data Source={databasePath}");
            web.UseSetting("MicrosoftAppId", "");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            configure?.Invoke(web);
        });
        var host = new BotTestHost(factory, connector, databasePath);
        using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        health.EnsureSuccessStatusCode();
        return host;
    }

    /// <summary>Another browser on the same host: its own cookies (a second phone), redirects as configured.</summary>
    public HttpClient NewClient(WebApplicationFactoryClientOptions options) => _factory.CreateClient(options);

    public static string NewDatabasePath() =>
        Path.Combine(Path.GetTempPath(), "tdb-host-tests", Guid.NewGuid().ToString("N"), "dialogue.db");

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? bearer = null) =>
        PostRawAsync(activity.ToJsonString(), bearer);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>
    /// Posts, asserts the bot took it (HTTP 200), and waits until what the turn decided to send has left the outbox
    /// (the turn itself answers before anything is sent to Teams).
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(JsonNode activity)
    {
        var response = await PostAsync(activity);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await SentAsync();
        return response;
    }

    /// <summary>Until the outbox has sent what was committed so far (card refreshes scheduled after votes may still follow).</summary>
    public Task SentAsync() =>
        Services.GetRequiredService<OutboxDispatcher>().WhenSentAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

    /// <summary>Until nothing is scheduled or being sent: vote refreshes included.</summary>
    public Task SettleAsync() =>
        Services.GetRequiredService<OutboxDispatcher>().WhenIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
