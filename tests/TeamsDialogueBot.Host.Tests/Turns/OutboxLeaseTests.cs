using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TeamsDialogueBot.Domain.Outbox;
using TeamsDialogueBot.Host.Tests.Support;
using TeamsDialogueBot.Storage.Sqlite;
using TeamsDialogueBot.TestSupport;

namespace TeamsDialogueBot.Host.Tests.Turns;

/// <summary>
/// A conversation's send lease is believed only as long as its time to live since the store last confirmed it: an
/// instance that could not renew it (the database unreachable) for longer asks for it again before it sends, since
/// another instance may have found it expired and be sending the same entries.
/// </summary>
public sealed class OutboxLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(3);
    private RecordingConnector _connector = null!;
    private BotTestHost _host = null!;
    private Teams _teams = null!;
    private CountingLeases _leases = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await BotTestHost.StartAsync(
            _connector,
            settings: new Dictionary<string, string?> { ["Outbox:LeaseTtl"] = "00:00:03", ["Outbox:SweepInterval"] = "00:00:00.100" },
            configure: web => web.ConfigureTestServices(services =>
            {
                services.RemoveAll<IOutboxLeases>();
                services.AddSingleton<IOutboxLeases>(sp => _leases = new CountingLeases(sp.GetRequiredService<SqliteOutboxLeases>()));
            }));
        _teams = new Teams(_connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task A_lease_renewed_by_the_sweep_is_kept_without_asking_again()
    {
        await SayAndWaitForTheReplyAsync("q+");
        Assert.Equal(1, _leases.Acquires);

        await Task.Delay(Ttl + TimeSpan.FromSeconds(1));
        await SayAndWaitForTheReplyAsync("q-");

        Assert.Equal(1, _leases.Acquires);
        Assert.True(_leases.Renewals > 0);
    }

    [Fact]
    public async Task A_lease_that_could_not_be_renewed_for_longer_than_its_ttl_is_asked_for_again_before_the_next_send()
    {
        await SayAndWaitForTheReplyAsync("q+");
        Assert.Equal(1, _leases.Acquires);

        _leases.FailRenewals = true;
        await Task.Delay(Ttl + TimeSpan.FromSeconds(1));
        await SayAndWaitForTheReplyAsync("q-");

        Assert.Equal(2, _leases.Acquires);
    }

    private async Task SayAndWaitForTheReplyAsync(string command)
    {
        var before = _connector.Requests.Count;
        await _host.SendAsync(_teams.Mention(Teams.Participant, command));
        await _connector.WaitForAsync(r => r.Route is "send" or "reply" or "update", TimeSpan.FromSeconds(10), before);
    }

    private sealed class CountingLeases(IOutboxLeases inner) : IOutboxLeases
    {
        private int _acquires;
        private int _renewals;

        public int Acquires => Volatile.Read(ref _acquires);
        public int Renewals => Volatile.Read(ref _renewals);
        public volatile bool FailRenewals;

        public Task<bool> TryAcquireAsync(string conversationId, string owner, TimeSpan ttl, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _acquires);
            return inner.TryAcquireAsync(conversationId, owner, ttl, cancellationToken);
        }

        public Task<IReadOnlyList<string>> RenewAsync(string owner, IReadOnlyCollection<string> conversationIds, TimeSpan ttl, CancellationToken cancellationToken)
        {
            if (FailRenewals && conversationIds.Count > 0)
            {
                return Task.FromException<IReadOnlyList<string>>(new TimeoutException("the database did not answer"));
            }

            Interlocked.Increment(ref _renewals);
            return inner.RenewAsync(owner, conversationIds, ttl, cancellationToken);
        }

        public Task ReleaseAsync(string owner, string conversationId, CancellationToken cancellationToken) =>
            inner.ReleaseAsync(owner, conversationId, cancellationToken);
    }
}
