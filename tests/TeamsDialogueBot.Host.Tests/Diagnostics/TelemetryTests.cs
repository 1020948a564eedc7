using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TeamsDialogueBot.Bot.Diagnostics;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Diagnostics;

/// <summary>The bot's metrics as an OpenTelemetry reader (or any MeterListener) sees them, and the exporters' wiring.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly ConcurrentBag<(string Instrument, long Value, Dictionary<string, object?> Tags)> _measured = [];
    private MeterListener _listener = null!;
    private IMeterFactory? _factory;
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _listener = new MeterListener
        {
            // Only this test's host: other tests' hosts run beside it in the same process.
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BotTelemetry.Name && _factory is not null && instrument.Meter.Scope == _factory)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            _measured.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _host = await BotTestHost.StartAsync(_connector);
        _factory = _host.Services.GetRequiredService<IMeterFactory>();
        _listener.Start();
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Turns_sends_and_votes_are_counted_by_kind_and_outcome()
    {
        await _host.SendAsync(_teams.Mention(Teams.Chair, "poll \"Which format?\" \"Hybrid\" \"Online\""));
        await _host.SendAsync(_teams.Execute(Teams.Participant, "poll.vote", new() { ["verb"] = "poll.vote", ["pollId"] = "p1", ["choice"] = "a" }));
        await _host.SendAsync(_teams.Execute(Teams.Participant, "poll.vote", new() { ["verb"] = "poll.vote", ["pollId"] = "p9", ["choice"] = "a" }));
        await _host.SettleAsync();

        Assert.Contains(_measured, m => m.Instrument == "tdb.turns" && Equals(m.Tags["kind"], "message") && Equals(m.Tags["outcome"], "ok"));
        Assert.Equal(2, _measured.Count(m => m.Instrument == "tdb.turns" && Equals(m.Tags["kind"], "invoke")));
        Assert.Contains(_measured, m => m.Instrument == "tdb.votes" && Equals(m.Tags["outcome"], "recorded"));
        Assert.Contains(_measured, m => m.Instrument == "tdb.votes" && Equals(m.Tags["outcome"], "refused"));
        Assert.Contains(_measured, m => m.Instrument == "tdb.outbox.sends" && Equals(m.Tags["kind"], "PostCard") && Equals(m.Tags["outcome"], "sent"));
    }

    [Fact]
    public async Task With_an_otlp_endpoint_and_application_insights_configured_the_bot_starts_and_serves()
    {
        await using var host = await BotTestHost.StartAsync(_connector, settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9/",
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/",
        });

        var answer = await host.PostAsync(_teams.Mention(Teams.Chair, "agenda"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }
}
