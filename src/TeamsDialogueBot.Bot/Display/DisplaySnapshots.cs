using Microsoft.Extensions.Options;
using TeamsDialogueBot.Bot.Floor;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>Reads a conversation's state from the stores and turns it into a <see cref="DisplaySnapshot"/>.</summary>
public sealed class DisplaySnapshots(
    Programme programme,
    IDialogueStore dialogues,
    ISpeakersListStore lists,
    IPollStore polls,
    IQuestionBoardStore questions,
    TimeProvider time,
    IFloorLinks? floorLinks = null,
    IOptions<DisplayOptions>? options = null,
    IMeetingRosterStore? roster = null,
    DialogueLanguage? languages = null)
{
    public async Task<DisplaySnapshot> LoadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        var position = dialogue?.PositionIn(programme) ?? programme.Positions[0];
        var item = position.ItemIndex;
        var list = await lists.FindAsync(conversationId, position, cancellationToken);
        var poll = Showing(await polls.ListAsync(conversationId, cancellationToken), item);
        var tally = poll is null ? null : PollTally.FromGroups(poll, await polls.AnswerGroupsAsync(conversationId, poll.Id, cancellationToken));
        var board = await questions.FindAsync(conversationId, position, cancellationToken) ?? FreshPanel(conversationId, position);
        var floorLink = await FloorLinkAsync(conversationId, cancellationToken);
        var figures = roster is null ? null : await roster.FiguresAsync(conversationId, cancellationToken);
        // A shared screen: the dialogue's language, as the shared cards (issue 14).
        var texts = languages?.Shared(dialogue) ?? Texts.For(dialogue?.Language ?? programme.Language);
        return DisplaySnapshotBuilder.Build(programme, position, list, poll, tally, now, floorLink, figures, dialogue?.Meeting, texts)
            with { Questions = DisplayQuestionsBuilder.Build(board, texts) };
    }

    // The phones' link while it is on: the room is meant to see it (issue 18).
    private async Task<DisplayFloorLink?> FloorLinkAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (floorLinks is null || options is null || await floorLinks.FindAsync(conversationId, cancellationToken) is not { IsOn: true, Token: { } token })
        {
            return null;
        }

        var url = FloorUrls.Of(options.Value.PublicBaseUrl, token);
        return new DisplayFloorLink(url.AbsoluteUri, FloorUrls.ShortText(url));
    }

    // A panel nobody asked anything yet still has its Q&A open: the room sees it is waiting for questions.
    private static QuestionBoard? FreshPanel(string conversationId, AgendaPosition position) =>
        position.IsPanel ? QuestionBoard.Create(conversationId, position) : null;

    /// <summary>
    /// The newest open poll; with none open, the newest poll of the current item, so the room keeps
    /// seeing the final result after the chair closes it — until the agenda moves on.
    /// </summary>
    private static Poll? Showing(IReadOnlyList<Poll> all, int item) =>
        all.LastOrDefault(p => p.IsOpen) ?? all.LastOrDefault(p => p.AgendaItemIndex == item);
}
