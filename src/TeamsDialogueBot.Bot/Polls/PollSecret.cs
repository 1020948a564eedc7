using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Polls;

/// <summary>The secret anonymous voter keys are made with: from configuration, else generated once and stored.</summary>
public sealed class PollSecret(IPollStore store, IOptions<PollsOptions> options)
{
    private const string Name = "anonymous-voter-key";
    private readonly LoadedOnce<byte[]> _secret = new(() => LoadAsync(store, options.Value));

    public Task<byte[]> GetAsync() => _secret.GetAsync();

    private static async Task<byte[]> LoadAsync(IPollStore store, PollsOptions options)
    {
        if (!string.IsNullOrEmpty(options.AnonymousSecret))
        {
            var configured = Encoding.UTF8.GetBytes(options.AnonymousSecret);
            return configured.Length >= VoterKey.MinSecretLength
                ? configured
                : throw new InvalidOperationException($"Polls:AnonymousSecret must have at least {VoterKey.MinSecretLength} characters.");
        }

        // Not the request's token: a cancelled first vote must not poison the cached secret for everyone.
        return await store.GetOrCreateSecretAsync(Name, RandomNumberGenerator.GetBytes(32), CancellationToken.None);
    }
}
