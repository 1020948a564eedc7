using Moq;
using TeamsDialogueBot.Bot.Dialogues;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Protocol.Activities;

namespace TeamsDialogueBot.Bot.Tests.Dialogues;

public sealed class DialogueSessionsTests
{
    private static readonly Turn Turn = new(new Activity
    {
        Type = ActivityTypes.Message,
        ServiceUrl = "https://smba.example/emea/",
        Conversation = new ConversationAccount { Id = "19:c@thread.v2" },
        Recipient = new ChannelAccount { Id = "28:bot" },
    });

    [Fact]
    public async Task Conflict_with_another_instance_reapplies_the_change_on_fresh_state()
    {
        var stored = Dialogue.Start(Turn.Reference);
        var newer = Dialogue.Restore(stored.ToSnapshot());
        newer.GoTo(2, 5);
        var store = new Mock<IDialogueStore>();
        store.SetupSequence(s => s.FindAsync(Turn.ConversationId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Dialogue.Restore(stored.ToSnapshot()))
            .ReturnsAsync(Dialogue.Restore(newer.ToSnapshot()));
        store.SetupSequence(s => s.SaveAsync(It.IsAny<Dialogue>(), It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConcurrencyConflictException())
            .Returns(Task.CompletedTask);
        var sessions = new DialogueSessions(store.Object, new ConversationGate());

        var (dialogue, outcome) = await sessions.ChangeAsync(Turn, d => d.MoveNext(5), CancellationToken.None);

        Assert.Equal(AgendaMoveOutcome.Moved, outcome);
        Assert.Equal(3, dialogue.CurrentItemIndex);
        store.Verify(s => s.SaveAsync(It.Is<Dialogue>(d => d.CurrentItemIndex == 3), newer.Version, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_change_that_changes_nothing_is_not_saved()
    {
        var store = new Mock<IDialogueStore>();
        store.Setup(s => s.FindAsync(Turn.ConversationId, It.IsAny<CancellationToken>())).ReturnsAsync(Dialogue.Start(Turn.Reference));
        var sessions = new DialogueSessions(store.Object, new ConversationGate());

        var (_, outcome) = await sessions.ChangeAsync(Turn, d => d.MovePrevious(), CancellationToken.None);

        Assert.Equal(AgendaMoveOutcome.AlreadyAtFirstItem, outcome);
        store.Verify(s => s.SaveAsync(It.IsAny<Dialogue>(), It.IsAny<long>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task First_use_of_a_conversation_creates_its_dialogue()
    {
        var store = new Mock<IDialogueStore>();
        var sessions = new DialogueSessions(store.Object, new ConversationGate());

        var dialogue = await sessions.GetAsync(Turn, CancellationToken.None);

        Assert.Equal(0, dialogue.CurrentItemIndex);
        store.Verify(s => s.SaveAsync(It.Is<Dialogue>(d => d.ConversationId == Turn.ConversationId), 0, It.IsAny<CancellationToken>()), Times.Once);
    }
}
