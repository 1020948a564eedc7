using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary>One process owns an SQLite file, so it holds every lease and has nothing to listen to.</summary>
public sealed class SqliteOutboxLeasesTests
{
    [Fact]
    public async Task Every_lease_is_held_none_is_ever_lost_and_listening_ends_at_once()
    {
        var leases = new SqliteOutboxLeases();

        Assert.True(await leases.TryAcquireAsync("19:a@thread.v2", "instance-a", TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.True(await leases.TryAcquireAsync("19:a@thread.v2", "instance-b", TimeSpan.FromSeconds(30), CancellationToken.None));
        Assert.Empty(await leases.RenewAsync("instance-a", ["19:a@thread.v2", "19:b@thread.v2"], TimeSpan.FromSeconds(30), CancellationToken.None));
        await leases.ReleaseAsync("instance-a", "19:a@thread.v2", CancellationToken.None);
        var signalled = new List<string>();
        await leases.ListenAsync(signalled.Add, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(signalled);
    }
}
