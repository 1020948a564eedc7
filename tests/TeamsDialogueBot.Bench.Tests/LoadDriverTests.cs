using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TeamsDialogueBot.Bench.Load;

namespace TeamsDialogueBot.Bench.Tests;

public sealed class LoadDriverTests
{
    [Fact]
    public async Task Answers_with_5xx_are_counted_apart_from_other_failures_and_requests_rotate_over_the_instances()
    {
        await using var first = await StatusServer.StartAsync();
        await using var second = await StatusServer.StartAsync();
        using var a = new HttpClient { BaseAddress = first.BaseAddress };
        using var b = new HttpClient { BaseAddress = second.BaseAddress };
        string[] statuses = ["200", "500", "200", "503", "400", "200"];

        var outcome = await LoadDriver.RunClosedLoopAsync([a, b], [.. statuses.Select(s => new LoadRequest(Encoding.UTF8.GetBytes(s)))], concurrency: 2, CancellationToken.None);

        Assert.Equal((6, 3, 2), (outcome.Requests, outcome.Failures, outcome.ServerErrors));
        Assert.Equal(["200", "200", "400"], first.Received.Order());
        Assert.Equal(["200", "500", "503"], second.Received.Order());
    }

    /// <summary>Answers each request with the status its body names, and remembers the bodies.</summary>
    private sealed class StatusServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly List<string> _received = [];

        private StatusServer(WebApplication app) => _app = app;

        public Uri BaseAddress => new(_app.Urls.First() + "/");

        public IReadOnlyList<string> Received
        {
            get
            {
                lock (_received)
                {
                    return [.. _received];
                }
            }
        }

        public static async Task<StatusServer> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var server = new StatusServer(app);
            app.MapPost("/api/messages", async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                var body = await reader.ReadToEndAsync();
                lock (server._received)
                {
                    server._received.Add(body);
                }

                context.Response.StatusCode = int.Parse(body, System.Globalization.CultureInfo.InvariantCulture);
            });
            await app.StartAsync();
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
