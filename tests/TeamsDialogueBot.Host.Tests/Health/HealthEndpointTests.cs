using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Health;

/// <summary>/alive says the process is up; /healthz says the database can be used, within 2 s (issue 15, item 7).</summary>
public sealed class HealthEndpointTests : IAsyncLifetime
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

    private Task<HttpResponseMessage> Get(string path) => _host.Client.GetAsync(new Uri(path, UriKind.Relative));

    [Fact]
    public async Task Both_answer_200_when_the_database_is_fine()
    {
        using var alive = await Get("/alive");
        using var ready = await Get("/healthz");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Locked_database_is_unhealthy_within_a_few_seconds_while_the_process_stays_alive()
    {
        await using var other = new SqliteConnection($"Data Source={_host.DatabasePath};Pooling=False");
        await other.OpenAsync();
        await using (var lockIt = other.BeginTransaction(deferred: false))
        {
            var watch = Stopwatch.StartNew();
            using var ready = await Get("/healthz");
            var took = watch.Elapsed;
            using var alive = await Get("/alive");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.True(took < TimeSpan.FromSeconds(10), $"/healthz took {took}");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }

        using var after = await Get("/healthz");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Disk_without_room_for_a_commit_is_unhealthy()
    {
        var database = _host.Services.GetRequiredService<SqliteDatabase>();
        database.MinimumFreeBytes = long.MaxValue;

        using var ready = await Get("/healthz");
        using var alive = await Get("/alive");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }
}
