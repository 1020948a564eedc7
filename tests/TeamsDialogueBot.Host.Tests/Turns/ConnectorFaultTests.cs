using Microsoft.Extensions.DependencyInjection;
using System.Net;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Turns;

/// <summary>
/// A meeting while Teams misbehaves — 500s, 429s with a long Retry-After, a stall — and a restart in the middle:
/// once the Connector recovers, every message the meeting decided arrives, each exactly once, in order.
/// </summary>
public sealed class ConnectorFaultTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Outbound:BaseDelay"] = "00:00:00.020",
        ["Outbound:MaxDelay"] = "00:00:00.200",
        // Teams may ask for minutes; the bot waits at most this long before trying again.
        ["Outbound:MaxRetryAfter"] = "00:00:00.500",
    };

    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _connector.SetMeetingRole(Teams.Chair.AadObjectId, "Organizer");
        _host = await BotTestHost.StartAsync(_connector, settings: Settings);
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Every_decided_message_arrives_once_after_500s_429s_a_stall_and_a_restart()
    {
        _connector.FailNext(4, HttpStatusCode.InternalServerError);
        await SayAsync("agenda");
        await SayAsync("next");
        _connector.ThrottleNext(3, TimeSpan.FromSeconds(120));
        foreach (var name in new[] { "Ana", "Ben", "Chen" })
        {
            await SayAsync("q+ " + name);
        }

        using (_connector.Stall())
        {
            await SayAsync("ack");
            await SayAsync("ack");
            await SayAsync("poll \"Hybrid again next year?\" \"Yes\" \"No\"");
            await _host.DisposeAsync();
            for (var i = 0; i < 500 && _connector.Stalled > 0; i++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }
        }

        _host = await BotTestHost.StartAsync(_connector, _host.DatabasePath, Settings);
        await SayAsync("poll close");
        try
        {
            await _connector.WaitForAsync(r => r.Route == "send" && r.Status < 300 && (r.Body?.ToJsonString() ?? "").Contains("Final results", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            var pending = await _host.Services.GetRequiredService<TeamsDialogueBot.Domain.Outbox.IOutboxStore>().PendingAsync(_teams.ConversationId, 50, CancellationToken.None);
            throw new InvalidOperationException("The final results never arrived. Unsent: " + string.Join(" | ", pending.Select(e => $"{e.Id} {e.Kind} {e.Slot} att={e.Attempts} nb={e.NotBefore:O}")) + " now " + DateTimeOffset.UtcNow.ToString("O")
                + " REQUESTS: " + string.Join(" || ", _connector.Requests.Select(r => $"{r.Route} {r.Status} {(r.Body?.ToJsonString() ?? "")[..Math.Min(120, (r.Body?.ToJsonString() ?? "").Length)]}")));
        }
        await _host.SettleAsync();

        var texts = _connector.Sent.Where(a => a["conversation"]?["id"]?.GetValue<string>() == _teams.ConversationId)
            .Select(a => a["text"]?.GetValue<string>() ?? "").Where(t => t.Length > 0).ToList();
        Assert.Single(texts, t => t.StartsWith("**Now: II.", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("**Ana**", StringComparison.Ordinal) && t.Contains("the floor is yours", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("**Ben**", StringComparison.Ordinal) && t.Contains("the floor is yours", StringComparison.Ordinal));
        var cards = _connector.Requests.Where(r => r.Route == "send" && r.Status < 300 && r.Body?["attachments"] is not null).Select(r => r.Body!.ToJsonString()).ToList();
        Assert.Single(cards, c => c.Contains("V. Closing of the meeting", StringComparison.Ordinal));
        Assert.Single(cards, c => c.Contains("Hybrid again next year?", StringComparison.Ordinal) && !c.Contains("Final results", StringComparison.Ordinal));
        Assert.Single(cards, c => c.Contains("Final results", StringComparison.Ordinal));
        Assert.True(_connector.Requests.Count(r => r.Status == 500) == 4 && _connector.Throttled >= 3, "the faults happened");
        var order = texts.FindIndex(t => t.Contains("**Ana**", StringComparison.Ordinal)) < texts.FindIndex(t => t.Contains("**Ben**", StringComparison.Ordinal));
        Assert.True(order, "Ana was announced before Ben");
    }

    private async Task SayAsync(string command) =>
        (await _host.PostAsync(_teams.Mention(Teams.Chair, command))).EnsureSuccessStatusCode();
}
