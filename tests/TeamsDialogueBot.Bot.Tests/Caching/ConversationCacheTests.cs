using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Bot.Caching;

namespace TeamsDialogueBot.Bot.Tests.Caching;

public sealed class ConversationCacheTests
{
    [Fact]
    public void What_one_caller_stores_in_a_new_conversation_s_area_is_kept_when_another_asked_at_the_same_moment()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100_000 });
        var cache = new ConversationCache(memory);
        const int Conversations = 5_000;
        var conversations = Enumerable.Range(0, Conversations).Select(c => $"19:meeting_{c}@thread.v2").ToArray();
        var displays = new Box[Conversations];
        var polls = new Box[Conversations];
        using var start = new Barrier(2);

        // Two first users of each conversation's memory at the same moment: a display push and a vote, say.
        var pushing = new Thread(() =>
        {
            for (var c = 0; c < Conversations; c++)
            {
                start.SignalAndWait();
                displays[c] = cache.Area(conversations[c], "display", () => new Box());
                displays[c].Value = "pushed";
            }
        });
        var voting = new Thread(() =>
        {
            for (var c = 0; c < Conversations; c++)
            {
                start.SignalAndWait();
                polls[c] = cache.Area(conversations[c], "polls", () => new Box());
            }
        });
        pushing.Start();
        voting.Start();
        pushing.Join();
        voting.Join();

        var lost = Enumerable.Range(0, Conversations).Count(c =>
            cache.Area(conversations[c], "display", () => new Box()).Value != "pushed"
            || !ReferenceEquals(polls[c], cache.Area(conversations[c], "polls", () => new Box())));
        Assert.Equal(0, lost);
    }

    [Fact]
    public void Forgetting_a_conversation_forgets_every_area_of_it_and_no_other()
    {
        using var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 });
        var cache = new ConversationCache(memory);
        cache.Area("19:a@thread.v2", "display", () => new Box()).Value = "a";
        cache.Area("19:b@thread.v2", "display", () => new Box()).Value = "b";

        cache.Forget("19:a@thread.v2");

        Assert.Null(cache.Area("19:a@thread.v2", "display", () => new Box()).Value);
        Assert.Equal("b", cache.Area("19:b@thread.v2", "display", () => new Box()).Value);
    }

    private sealed class Box
    {
        public string? Value { get; set; }
    }
}
