using TeamsDialogueBot.Bot.Dialogues;

namespace TeamsDialogueBot.Bot.Tests.Dialogues;

public sealed class ConversationGateTests
{
    [Fact]
    public async Task Second_entrant_of_the_same_conversation_waits_for_the_first()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync("c1", CancellationToken.None);

        var second = gate.EnterAsync("c1", CancellationToken.None);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Different_conversations_do_not_wait_for_each_other()
    {
        var gate = new ConversationGate();
        using var first = await gate.EnterAsync("c1", CancellationToken.None);

        var other = gate.EnterAsync("c2", CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        (await other).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_gate_usable()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync("c1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = gate.EnterAsync("c1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        using var again = await gate.EnterAsync("c1", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(again);
    }

    [Fact]
    public async Task Disposing_a_lease_twice_releases_once()
    {
        var gate = new ConversationGate();
        var first = await gate.EnterAsync("c1", CancellationToken.None);
        var second = gate.EnterAsync("c1", CancellationToken.None);
        first.Dispose();
        var secondLease = await second;

        first.Dispose();
        var third = gate.EnterAsync("c1", CancellationToken.None);

        Assert.False(third.IsCompleted);
        secondLease.Dispose();
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }
}
