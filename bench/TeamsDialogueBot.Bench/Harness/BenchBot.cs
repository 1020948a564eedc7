using System.Diagnostics;
using System.Net.Http.Headers;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Bench.Harness;

/// <summary>
/// One bot under load and everything it talks to, all on 127.0.0.1: the real host as its own process with
/// Bot Framework JWT authentication on (keys from a loopback OpenID endpoint), outbound tokens from
/// <see cref="FakeEntraLogin"/>, and the recording Bot Connector enforcing Teams' rate windows.
/// </summary>
public sealed class BenchBot : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly LoopbackOpenIdServer _openId;
    private readonly FakeEntraLogin _login;
    private readonly ScratchPostgresDatabase? _postgres;

    private BenchBot(LoopbackOpenIdServer openId, FakeEntraLogin login, ScratchPostgresDatabase? postgres, RecordingConnector connector, BotProcess process, TimeSpan startup, HttpClient client)
    {
        _openId = openId;
        _login = login;
        _postgres = postgres;
        Connector = connector;
        Process = process;
        Startup = startup;
        Client = client;
    }

    public RecordingConnector Connector { get; }
    public BotProcess Process { get; }

    /// <summary>From launching the process to /healthz answering 200 (BotProcess probes every 100 ms).</summary>
    public TimeSpan Startup { get; }

    /// <summary>Posts to /api/messages with a valid Connector token already set.</summary>
    public HttpClient Client { get; }

    public Uri MessagesEndpoint => Process.MessagesEndpoint;

    /// <summary>The co-chair by configuration (Dialogue:CoChairs), so chair checks need no participant API call.</summary>
    public static BenchUser Chair { get; } = new("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", "Bench Chair");

    public int OutboundTokenRequests => _login.TokenRequests;

    public static async Task<BenchBot> StartAsync(StorageTarget storage, int maxConnections, string? sqliteDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var openId = await LoopbackOpenIdServer.StartAsync(cancellationToken: cancellationToken);
        var login = await FakeEntraLogin.StartAsync(cancellationToken);
        var connector = await RecordingConnector.StartAsync(cancellationToken: cancellationToken);
        connector.EnforceRateLimits = true;
        var settings = new Dictionary<string, string?>(login.BotEnvironment)
        {
            // Measured as deployed: no developer exception page, production configuration checks.
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = openId.AppId,
            ["MicrosoftAppPassword"] = "bench-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFramework:OpenIdMetadataUrl"] = openId.MetadataUrl,
            // The recording Connector is on http://127.0.0.1: a Production host refuses loopback serviceUrls unless told.
            ["BotFramework:AllowInsecureLoopbackServiceUrls"] = "true",
            ["Dialogue:CoChairs:0"] = Chair.AadObjectId,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        ScratchPostgresDatabase? postgres = null;
        if (storage.PostgresConnection is { } server)
        {
            postgres = await ScratchPostgresDatabase.CreateAsync(server, cancellationToken);
            settings["Storage:Provider"] = "Postgres";
            settings["ConnectionStrings:Dialogue"] = postgres.ConnectionString;
        }
        else if (sqliteDirectory is not null)
        {
            settings["ConnectionStrings:Dialogue"] = "Data Source=" + Path.Combine(sqliteDirectory, "bench-" + Guid.NewGuid().ToString("N") + ".db");
        }

        var watch = Stopwatch.StartNew();
        BotProcess process;
        try
        {
            process = await BotProcess.StartAsync(settings, cancellationToken: cancellationToken);
        }
        catch when (postgres is not null)
        {
            await postgres.DisposeAsync();
            throw;
        }

        var startup = watch.Elapsed;
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        // One token for the whole run, as the Connector reuses its token for an hour.
        var token = openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = connector.ServiceUrl });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new BenchBot(openId, login, postgres, connector, process, startup, client);
    }

    /// <summary>Peak resident set (VmHWM) of the bot process so far, in bytes.</summary>
    public long PeakWorkingSet()
    {
        using var process = System.Diagnostics.Process.GetProcessById(Process.ProcessId);
        return process.PeakWorkingSet64;
    }

    /// <summary>Requests to the Connector that carried the token from the fake Entra endpoint.</summary>
    public int AuthenticatedOutboundCalls =>
        Connector.Requests.Count(r => r.Authorization == "Bearer " + FakeEntraLogin.AccessToken);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Process.DisposeAsync();
        await Connector.DisposeAsync();
        await _login.DisposeAsync();
        await _openId.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
