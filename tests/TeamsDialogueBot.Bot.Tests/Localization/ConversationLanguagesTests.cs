using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Moq;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Dialogues;

namespace TeamsDialogueBot.Bot.Tests.Localization;

/// <summary>The dialogue's language as cards read it without a dialogue loaded: kept briefly, forgotten on a change.</summary>
public sealed class ConversationLanguagesTests
{
    private const string Conversation = "19:meeting_languages@thread.v2";
    private static readonly ConversationReference Reference = new() { ConversationId = Conversation, ServiceUrl = "https://smba.example/", BotId = "28:bot" };

    [Fact]
    public async Task A_card_rendered_while_a_language_change_commits_does_not_keep_the_old_language()
    {
        var stored = Dialogue.Start(Reference);
        var store = new Mock<IDialogueStore>();
        store.Setup(s => s.FindAsync(Conversation, It.IsAny<CancellationToken>())).ReturnsAsync(() => stored);
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 });
        var languages = new ConversationLanguages(new DialogueLanguage(Options.Create(new DialogueOptions())), store.Object, cache);
        Assert.Equal("en", (await languages.SharedAsync(Conversation, CancellationToken.None)).Language);

        // The chair's `language fr` forgets the language, then a card renders before the turn commits: the store still
        // says English.
        languages.Forget(Conversation);
        Assert.Equal("en", (await languages.SharedAsync(Conversation, CancellationToken.None)).Language);

        // The turn commits: the next card is in French, not in the English read a moment before.
        var changed = Dialogue.Start(Reference);
        Assert.True(changed.ChangeLanguage("fr"));
        stored = changed;
        Assert.Equal("fr", (await languages.SharedAsync(Conversation, CancellationToken.None)).Language);
    }

    [Fact]
    public async Task Without_a_change_the_language_is_read_once_and_kept()
    {
        var store = new Mock<IDialogueStore>();
        store.Setup(s => s.FindAsync(Conversation, It.IsAny<CancellationToken>())).ReturnsAsync(Dialogue.Start(Reference));
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 });
        var languages = new ConversationLanguages(new DialogueLanguage(Options.Create(new DialogueOptions())), store.Object, cache);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("en", (await languages.SharedAsync(Conversation, CancellationToken.None)).Language);
        }

        store.Verify(s => s.FindAsync(Conversation, It.IsAny<CancellationToken>()), Times.Once);
    }
}
