using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.QandA;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>
/// A person's key on the Q&amp;A, for their upvotes and their questions alike: a keyed hash of their Teams identity
/// and the conversation, cut to 12 characters. Keyed (the anonymous polls' secret), so nobody with the database and
/// the tenant's list of object ids can tell who asked an anonymous question or who upvoted what; per conversation, so
/// one person's keys in two dialogues can't be linked; short, so a board of 300 voters stays small.
/// </summary>
public sealed class QuestionVoters(PollSecret secret)
{
    private const int KeyBytes = 9;

    public async Task<QuestionVoter> OfAsync(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return For(turn.ConversationId, turn.UserKey, await secret.GetAsync());
    }

    public static QuestionVoter For(string conversationId, string userKey, ReadOnlySpan<byte> secret)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);

        // Teams sends the same object id in different letter cases depending on the client.
        var input = Encoding.UTF8.GetBytes($"qa\n{conversationId}\n{userKey.Trim().ToUpperInvariant()}");
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret, input, mac);

        // 72 bits: no two of a dialogue's few hundred people share a key (a collision is about 1 in 10^17).
        return new QuestionVoter(Base64Url.EncodeToString(mac[..KeyBytes]));
    }
}
