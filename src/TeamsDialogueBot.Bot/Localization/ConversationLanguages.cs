using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// <see cref="DialogueLanguage"/> for code that has no dialogue loaded: card slots rendering as an entry leaves, and
/// the direct vote path. A vote whose Teams locale the bot has (nearly all) reads nothing; otherwise the dialogue's
/// language is read and kept briefly, so a rush of votes or refreshes does not read the dialogue each time. A chair's
/// `language` therefore reaches cards rendered on other instances within <see cref="Freshness"/>.
/// </summary>
public sealed class ConversationLanguages(DialogueLanguage languages, IDialogueStore dialogues, IMemoryCache cache)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    /// <summary>The texts of a shared card of the conversation.</summary>
    public async Task<Texts> SharedAsync(string conversationId, CancellationToken cancellationToken) =>
        languages.Shared(await LanguageAsync(conversationId, cancellationToken));

    /// <summary>The texts of what only the sender of <paramref name="activity"/> sees in the conversation.</summary>
    public async Task<Texts> PrivateAsync(Activity activity, string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return UnLanguages.Normalise(activity.Locale) is not null
            ? languages.Private(activity, null)
            : await SharedAsync(conversationId, cancellationToken);
    }

    /// <summary>
    /// Forgets what was read, so this instance's next card shows the language a chair has just chosen. The chair's turn
    /// calls this before it commits, so a card rendered in between reads the old language from the store: for
    /// <see cref="Freshness"/> after, what is read is not kept, and the first read after the commit has the new one.
    /// </summary>
    public void Forget(string conversationId)
    {
        cache.Remove(Key(conversationId));
        cache.Set(SettlingKey(conversationId), true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Freshness });
    }

    private async Task<string> LanguageAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = Key(conversationId);
        if (cache.TryGetValue(key, out string? known) && known is not null)
        {
            return known;
        }

        var language = languages.Of(await dialogues.FindAsync(conversationId, cancellationToken));
        if (!cache.TryGetValue(SettlingKey(conversationId), out _))
        {
            cache.Set(key, language, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Freshness });
        }

        return language;
    }

    private static string Key(string conversationId) => "language:" + conversationId;

    private static string SettlingKey(string conversationId) => "language-changing:" + conversationId;
}
