using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>
/// The SHA-256 of a bearer token's exact characters: the key of <see cref="ValidatedTokenCache"/>.
/// </summary>
/// <remarks>
/// A digest rather than the token so that the cache, which lives as long as the process, does not
/// keep replayable Connector credentials in memory dumps; equal digests mean ordinal-equal tokens
/// (a SHA-256 collision is not a practical concern). It is also a fixed 32 bytes per entry.
/// </remarks>
internal readonly record struct TokenDigest(UInt128 Head, UInt128 Tail)
{
    public static TokenDigest Of(ReadOnlySpan<char> token)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(token), hash);
        return new TokenDigest(
            BinaryPrimitives.ReadUInt128LittleEndian(hash[..16]),
            BinaryPrimitives.ReadUInt128LittleEndian(hash[16..]));
    }
}
