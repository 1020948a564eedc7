using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using TeamsDialogueBot.Protocol.Authentication;

namespace TeamsDialogueBot.Protocol.Tests.Authentication;

public sealed class ValidatedTokenCacheTests
{
    private static readonly SigningKeySnapshot Keys = new(DateTimeOffset.UnixEpoch, new Dictionary<string, EndorsedSigningKey>());

    [Fact]
    public void Digest_is_of_the_exact_token()
    {
        Assert.Equal(TokenDigest.Of("eyJ.abc.def"), TokenDigest.Of("eyJ.abc.def"));
        Assert.NotEqual(TokenDigest.Of("eyJ.abc.def"), TokenDigest.Of("eyJ.abc.deF"));
        Assert.NotEqual(TokenDigest.Of("eyJ.abc.def"), TokenDigest.Of("eyJ.abc.def "));
    }

    [Fact]
    public void Adding_past_capacity_starts_over_so_memory_stays_bounded()
    {
        var cache = new ValidatedTokenCache(capacity: 3);
        for (var i = 0; i < 3; i++)
        {
            cache.Remember(TokenDigest.Of("token-" + i), Entry());
        }

        Assert.Equal(3, cache.Count);

        cache.Remember(TokenDigest.Of("token-3"), Entry());

        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet(TokenDigest.Of("token-3"), out _));
        Assert.False(cache.TryGet(TokenDigest.Of("token-0"), out _));
    }

    [Fact]
    public void Remembering_a_known_token_again_when_full_keeps_the_others()
    {
        var cache = new ValidatedTokenCache(capacity: 2);
        cache.Remember(TokenDigest.Of("a"), Entry());
        cache.Remember(TokenDigest.Of("b"), Entry());

        cache.Remember(TokenDigest.Of("a"), Entry());

        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Forget_leaves_an_entry_that_replaced_the_stale_one()
    {
        var cache = new ValidatedTokenCache();
        var digest = TokenDigest.Of("token");
        var stale = Entry();
        var replacement = Entry();
        cache.Remember(digest, replacement);

        cache.Forget(digest, stale);

        Assert.True(cache.TryGet(digest, out var kept));
        Assert.Same(replacement, kept);

        cache.Forget(digest, replacement);

        Assert.False(cache.TryGet(digest, out _));
    }

    [Fact]
    public void Capacity_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidatedTokenCache(capacity: 0));

    // Distinct identities make distinct records, as two validations of one token would.
    private static ValidatedToken Entry() => new(
        Keys,
        new EndorsedSigningKey(new JsonWebKey(), new HashSet<string>()),
        DateTime.MinValue,
        DateTime.MaxValue,
        "https://example.invalid/",
        new ClaimsIdentity());
}
