using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// Connector tokens that passed full validation, by digest. The Connector sends one token on every
/// request for up to an hour, so this saves an RSA signature check and a JWT parse per request.
/// Only successes go in; whether an entry may still be used is the authenticator's decision.
/// </summary>
internal sealed class ValidatedTokenCache
{
    /// <summary>Far more than the few tokens the Connector has live at once.</summary>
    public const int DefaultCapacity = 1024;

    private readonly int capacity;
    private readonly ConcurrentDictionary<TokenDigest, ValidatedToken> entries = new();

    public ValidatedTokenCache(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
    }

    public int Count => entries.Count;

    // Lock-free: ConcurrentDictionary reads take no lock, and this is the per-request path.
    public bool TryGet(TokenDigest digest, [MaybeNullWhen(false)] out ValidatedToken entry) =>
        entries.TryGetValue(digest, out entry);

    /// <summary>
    /// Adds an entry; when full, drops every entry first. Dropping all is simple and cheap to get
    /// right: the live tokens come back after one more full validation each, and a flood of distinct
    /// valid tokens cannot grow memory past the capacity (plus the few adds racing a clear).
    /// </summary>
    public void Remember(TokenDigest digest, ValidatedToken entry)
    {
        // Count takes every bucket lock, but this runs only after a full validation, never on a hit.
        if (entries.Count >= capacity && !entries.ContainsKey(digest))
        {
            entries.Clear();
        }

        entries[digest] = entry;
    }

    /// <summary>Removes this entry only, not one a concurrent request has just put in its place.</summary>
    public void Forget(TokenDigest digest, ValidatedToken entry) =>
        entries.TryRemove(KeyValuePair.Create(digest, entry));
}
