using Microsoft.Extensions.Time.Testing;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Protocol.Tests.Connector;

/// <summary>The outbound token is asked of MSAL once, then reused until shortly before it expires.</summary>
public sealed class HeldAccessTokenTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private int _acquired;

    [Fact]
    public async Task A_token_is_reused_until_five_minutes_before_it_expires()
    {
        var held = new HeldAccessToken(_time);
        var acquire = Issuing(TimeSpan.FromHours(1));

        Assert.Equal("token-1", await held.GetAsync(acquire, CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await held.GetAsync(acquire, CancellationToken.None));
        Assert.Equal(1, _acquired);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("token-2", await held.GetAsync(acquire, CancellationToken.None));
        Assert.Equal(2, _acquired);
    }

    [Fact]
    public async Task MSALs_suggested_refresh_time_wins_when_it_is_sooner()
    {
        var held = new HeldAccessToken(_time);
        var acquire = Issuing(TimeSpan.FromHours(1), refreshAfter: TimeSpan.FromMinutes(30));

        await held.GetAsync(acquire, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(29));
        await held.GetAsync(acquire, CancellationToken.None);
        Assert.Equal(1, _acquired);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("token-2", await held.GetAsync(acquire, CancellationToken.None));
    }

    [Fact]
    public async Task A_short_lived_token_is_used_for_half_its_life()
    {
        var held = new HeldAccessToken(_time);
        var acquire = Issuing(TimeSpan.FromMinutes(6));

        await held.GetAsync(acquire, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(2.5));
        await held.GetAsync(acquire, CancellationToken.None);
        Assert.Equal(1, _acquired);
        _time.Advance(TimeSpan.FromMinutes(0.5));
        Assert.Equal("token-2", await held.GetAsync(acquire, CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_acquisition_holds_nothing_and_is_tried_again()
    {
        var held = new HeldAccessToken(_time);
        await Assert.ThrowsAsync<HttpRequestException>(async () => await held.GetAsync(_ => throw new HttpRequestException("Entra ID unreachable"), CancellationToken.None));

        Assert.Equal("token-1", await held.GetAsync(Issuing(TimeSpan.FromHours(1)), CancellationToken.None));
    }

    private Func<CancellationToken, Task<AcquiredToken>> Issuing(TimeSpan life, TimeSpan? refreshAfter = null) => _ =>
    {
        var n = Interlocked.Increment(ref _acquired);
        var now = _time.GetUtcNow();
        return Task.FromResult(new AcquiredToken($"token-{n}", now + life, refreshAfter is { } r ? now + r : null));
    };
}
