using System.Diagnostics;
using System.Net.Http.Headers;
using TeamsDialogueBot.Bench.Reporting;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Bench.Harness;

/// <summary>
/// The bot under load — one host process, or several sharing one PostgreSQL database — and everything they
/// talk to, all on 127.0.0.1: the real host with Bot Framework JWT authentication on (keys from a loopback
/// OpenID endpoint), outbound tokens from <see cref="FakeEntraLogin"/>, and one recording Bot Connector
/// enforcing Teams' rate windows for all instances together, as Teams does for one bot.
/// </summary>
public sealed class BenchBot : IAsyncDisposable
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly LoopbackOpenIdServer _openId;
    private readonly FakeEntraLogin _login;

    private BenchBot(LoopbackOpenIdServer openId, FakeEntraLogin login, ScratchPostgresDatabase? postgres, RecordingConnector connector, IReadOnlyList<BotProcess> instances, TimeSpan startup, IReadOnlyList<HttpClient> clients)
    {
        _openId = openId;
        _login = login;
        Postgres = postgres;
        Connector = connector;
        Instances = instances;
        Startup = startup;
        Clients = clients;
    }

    public RecordingConnector Connector { get; }

    /// <summary>The host processes; requests spread over them go to <see cref="Clients"/> in the same order.</summary>
    public IReadOnlyList<BotProcess> Instances { get; }

    public BotProcess Process => Instances[0];

    /// <summary>The database all instances share, or null on SQLite.</summary>
    public ScratchPostgresDatabase? Postgres { get; }

    /// <summary>From launching the first process to the last one's /healthz answering 200 (BotProcess probes every 100 ms).</summary>
    public TimeSpan Startup { get; }

    /// <summary>One per instance: posts to its /api/messages with a valid Connector token already set.</summary>
    public IReadOnlyList<HttpClient> Clients { get; }

    public HttpClient Client => Clients[0];

    public Uri MessagesEndpoint => Process.MessagesEndpoint;

    /// <summary>The co-chair by configuration (Dialogue:CoChairs), so chair checks need no participant API call.</summary>
    public static BenchUser Chair { get; } = new("6c8a3c1e-5b1a-4d7e-9c36-1f0b8b9f0a01", "Bench Chair");

    public int OutboundTokenRequests => _login.TokenRequests;

    public static async Task<BenchBot> StartAsync(StorageTarget storage, int maxConnections, string? sqliteDirectory, CancellationToken cancellationToken) =>
        await StartAsync(storage, maxConnections, sqliteDirectory, instances: 1, cancellationToken);

    public static async Task<BenchBot> StartAsync(StorageTarget storage, int maxConnections, string? sqliteDirectory, int instances, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentOutOfRangeException.ThrowIfLessThan(instances, 1);
        if (instances > 1 && storage.PostgresConnection is null)
        {
            throw new ArgumentException("Several instances share one PostgreSQL database; SQLite is one instance's file.", nameof(instances));
        }

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
        // Runtime knobs for the host only (e.g. TDB_HOST_ENV="DOTNET_TieredCompilation=0;DOTNET_TC_CallCountThreshold=10"):
        // set on the bench itself, they would change the load generator too.
        foreach (var pair in (Environment.GetEnvironmentVariable("TDB_HOST_ENV") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"TDB_HOST_ENV: '{pair}' is not NAME=VALUE.");
            }

            settings[pair[..equals]] = pair[(equals + 1)..];
        }

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
        var started = new List<BotProcess>();
        try
        {
            // The first instance migrates the empty database and stores the poll secret; the others then start
            // together against a prepared database, as instances added to a running deployment would.
            started.Add(await BotProcess.StartAsync(settings, cancellationToken: cancellationToken));
            var others = Enumerable.Range(1, instances - 1).Select(_ => BotProcess.StartAsync(settings, cancellationToken: cancellationToken)).ToList();
            try
            {
                await Task.WhenAll(others);
            }
            finally
            {
                started.AddRange(others.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
            }
        }
        catch
        {
            foreach (var process in started)
            {
                await process.DisposeAsync();
            }

            if (postgres is not null)
            {
                await postgres.DisposeAsync();
            }

            throw;
        }

        var startup = watch.Elapsed;
        // One token for the whole run, as the Connector reuses its token for an hour.
        var token = openId.CreateToken(new Dictionary<string, object?> { ["serviceurl"] = connector.ServiceUrl });
        var clients = started.Select(p => NewClient(p, maxConnections, token)).ToList();
        return new BenchBot(openId, login, postgres, connector, started, startup, clients);
    }

    /// <summary>Peak resident set (VmHWM) so far, in bytes, of the instance that used most.</summary>
    public long PeakWorkingSet() => Instances.Max(instance =>
    {
        using var process = System.Diagnostics.Process.GetProcessById(instance.ProcessId);
        return process.PeakWorkingSet64;
    });

    /// <summary>Requests to the Connector that carried the token from the fake Entra endpoint.</summary>
    public int AuthenticatedOutboundCalls =>
        Connector.Requests.Count(r => r.Authorization == "Bearer " + FakeEntraLogin.AccessToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in Clients)
        {
            client.Dispose();
        }

        for (var i = 0; i < Instances.Count; i++)
        {
            await Instances[i].DisposeAsync();

            // TDB_BENCH_HOSTLOG: what each bot wrote (its last 128–256 KB), to see why a request failed.
            DiagnosticFiles.WriteIfAsked("TDB_BENCH_HOSTLOG", $"host{i + 1}", Instances[i].Output.Split('\n'));
        }

        await Connector.DisposeAsync();
        await _login.DisposeAsync();
        await _openId.DisposeAsync();
        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }
    }

    private static HttpClient NewClient(BotProcess process, int maxConnections, string token)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = maxConnections, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
