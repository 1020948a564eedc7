using Microsoft.Extensions.Options;
using Moq;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Domain.Polls;

namespace TeamsDialogueBot.Bot.Tests.Polls;

public sealed class PollSecretTests
{
    [Fact]
    public async Task A_store_failure_at_the_first_anonymous_vote_does_not_stay_the_answer_for_every_later_one()
    {
        var stored = Enumerable.Repeat((byte)7, 32).ToArray();
        var store = new Mock<IPollStore>();
        store.SetupSequence(s => s.GetOrCreateSecretAsync("anonymous-voter-key", It.IsAny<byte[]>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException("the database did not answer"))
            .ReturnsAsync(stored);
        var secret = new PollSecret(store.Object, Options.Create(new PollsOptions()));

        await Assert.ThrowsAsync<TimeoutException>(secret.GetAsync);
        Assert.Equal(stored, await secret.GetAsync());
        Assert.Equal(stored, await secret.GetAsync());
        store.Verify(s => s.GetOrCreateSecretAsync("anonymous-voter-key", It.IsAny<byte[]>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
