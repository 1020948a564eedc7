using System.Security.Cryptography;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Host.Floor;

/// <summary>
/// The key the floor cookie is signed with, so a browser id is one the bot issued on a join (which is rate-limited per
/// client address), not one a script makes up for every request to get a fresh per-browser limit. Generated once and
/// stored beside the anonymous-voter key, so every instance signs and checks with the same key.
/// </summary>
internal sealed class FloorCookieKey(IPollStore secrets)
{
    private const string SecretName = "floor-cookie-key";
    private readonly LoadedOnce<byte[]> _key = new(() => secrets.GetOrCreateSecretAsync(SecretName, RandomNumberGenerator.GetBytes(32), CancellationToken.None));

    public Task<byte[]> GetAsync() => _key.GetAsync();
}
