using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TeamsDialogueBot.Domain.Polls;

/// <summary>
/// Who an answer belongs to: the voter's AAD object id for a named poll, a keyed hash for an
/// anonymous one. Storage keeps one answer per (poll, voter key), which is what makes an answer
/// changeable yet counted once.
/// </summary>
public readonly record struct VoterKey(string Value)
{
    /// <summary>Below this an HMAC key is guessable; the deployment secret should be 32 random bytes.</summary>
    public const int MinSecretLength = 16;

    public static VoterKey For(Poll poll, string aadObjectId, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(poll);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);

        // Teams sends the same object id in different letter cases depending on the client.
        var voter = aadObjectId.Trim().ToUpperInvariant();
        if (!poll.Anonymous)
        {
            return new VoterKey(voter);
        }

        if (secret.Length < MinSecretLength)
        {
            throw new ArgumentException($"An anonymous poll needs a secret of at least {MinSecretLength} bytes.", nameof(secret));
        }

        // Keyed, not a plain hash: a tenant's object ids can be listed, so a plain hash could be
        // reversed by hashing them all. Poll ids repeat across conversations ("p1"), so the opening
        // instant is mixed in to keep one voter's keys unlinkable between polls.
        var input = string.Create(CultureInfo.InvariantCulture, $"{poll.Id.Value}\n{poll.OpenedAt.UtcTicks}\n{voter}");
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(input), mac);
        return new VoterKey(Base64Url.EncodeToString(mac));
    }

    public override string ToString() => Value;
}
