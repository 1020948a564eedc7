using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary>One instance at a time sends a conversation's outbox: the holder of its lease, a row whose expiry is the database's clock.</summary>
public sealed class PostgresOutboxLeasesTests
{
    private const string Conversation = Samples.Conversation;
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task A_free_lease_is_taken_and_kept_by_its_owner_and_refused_to_others_while_live()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();

        Assert.True(await db.Leases.TryAcquireAsync(Conversation, "instance-a", Ttl, None));
        Assert.True(await db.Leases.TryAcquireAsync(Conversation, "instance-a", Ttl, None));
        Assert.False(await db.Leases.TryAcquireAsync(Conversation, "instance-b", Ttl, None));
        Assert.True(await db.Leases.TryAcquireAsync(Samples.Other, "instance-b", Ttl, None));
        Assert.Equal("instance-a", await OwnerAsync(db, Conversation));
    }

    [SkippableFact]
    public async Task An_expired_lease_goes_to_the_next_instance_that_asks()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        Assert.True(await db.Leases.TryAcquireAsync(Conversation, "instance-a", Ttl, None));

        await ExpireAsync(db, Conversation);

        Assert.True(await db.Leases.TryAcquireAsync(Conversation, "instance-b", Ttl, None));
        Assert.Equal("instance-b", await OwnerAsync(db, Conversation));
        Assert.False(await db.Leases.TryAcquireAsync(Conversation, "instance-a", Ttl, None));
    }

    [SkippableFact]
    public async Task Renewing_extends_the_leases_still_held_and_returns_the_lost_ones()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        string[] conversations = [Conversation, Samples.Other, "19:third@thread.v2"];
        foreach (var conversation in conversations)
        {
            Assert.True(await db.Leases.TryAcquireAsync(conversation, "instance-a", Ttl, None));
        }

        await ExpireAsync(db, Samples.Other);
        Assert.True(await db.Leases.TryAcquireAsync(Samples.Other, "instance-b", Ttl, None));
        await db.Leases.ReleaseAsync("instance-a", "19:third@thread.v2", None);
        await ExpireAsync(db, Conversation);

        var lost = await db.Leases.RenewAsync("instance-a", conversations, TimeSpan.FromMinutes(5), None);

        Assert.Equal([Samples.Other, "19:third@thread.v2"], lost.Order(StringComparer.Ordinal));
        // The renewed lease runs for the new time to live again, so another instance is refused.
        Assert.Equal(1, await db.LongAsync($"SELECT (expires_at > now() + interval '4 minutes')::int FROM outbox_leases WHERE conversation_id = '{Conversation}'"));
        Assert.False(await db.Leases.TryAcquireAsync(Conversation, "instance-b", Ttl, None));
        Assert.Empty(await db.Leases.RenewAsync("instance-a", [], Ttl, None));
    }

    [SkippableFact]
    public async Task A_released_lease_is_free_at_once_but_only_its_owner_releases_it()
    {
        await using var db = await PostgresTestDatabase.CreateAsync();
        Assert.True(await db.Leases.TryAcquireAsync(Conversation, "instance-a", Ttl, None));

        await db.Leases.ReleaseAsync("instance-b", Conversation, None);
        Assert.False(await db.Leases.TryAcquireAsync(Conversation, "instance-b", Ttl, None));
        await db.Leases.ReleaseAsync("instance-a", Conversation, None);

        Assert.True(await db.Leases.TryAcquireAsync(Conversation, "instance-b", Ttl, None));
    }

    // As if the time to live had passed: the lease's expiry is the database's clock, not a fake one.
    private static Task ExpireAsync(PostgresTestDatabase db, string conversation) =>
        db.ExecuteAsync($"UPDATE outbox_leases SET expires_at = now() - interval '1 second' WHERE conversation_id = '{conversation}'");

    private static async Task<string?> OwnerAsync(PostgresTestDatabase db, string conversation)
    {
        await using var command = db.Database.DataSource.CreateCommand("SELECT owner FROM outbox_leases WHERE conversation_id = @c");
        command.Parameters.AddWithValue("c", conversation);
        return await command.ExecuteScalarAsync() as string;
    }
}
