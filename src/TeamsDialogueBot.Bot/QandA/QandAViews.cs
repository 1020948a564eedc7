using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>Renders a Q&amp;A card: from the stores for the shared card and views refreshing themselves, or from a board as a turn left it.</summary>
public sealed class QandAViews(
    Programme programme, IDialogueStore dialogues, IQuestionBoardStore boards, IParticipantProfileStore profiles, ConversationLanguages languages)
{
    /// <summary>The position a read-only card action is about: the card's own, else the current one; null for one the programme lacks.</summary>
    public async Task<AgendaPosition?> PositionOfAsync(string conversationId, ButtonPress action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Get(QandAVerbs.PositionKey) is not { } key)
        {
            return (await dialogues.FindAsync(conversationId, cancellationToken))?.PositionIn(programme) ?? programme.Positions[0];
        }

        return PositionKey.TryParse(key, out var position) && programme.Contains(position) ? position : null;
    }

    /// <summary>The card of a position as stored (a fresh board when nobody used it yet).</summary>
    public async Task<AdaptiveCard> RenderAsync(string conversationId, AgendaPosition position, QandACardContext? view, CancellationToken cancellationToken)
    {
        var board = await boards.FindAsync(conversationId, position, cancellationToken) ?? QuestionBoard.Create(conversationId, position);
        return await RenderAsync(board, view, cancellationToken);
    }

    /// <summary>
    /// The card of a board as a turn left it; <paramref name="view"/> says whose view (null: the shared card, in the
    /// dialogue's language; a person's own view is in theirs).
    /// </summary>
    public async Task<AdaptiveCard> RenderAsync(QuestionBoard board, QandACardContext? view, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(board);
        var texts = view?.ViewerTexts ?? await languages.SharedAsync(board.ConversationId, cancellationToken);
        var context = ContextOf(board.Position, await profiles.FindChairsAsync(board.ConversationId, cancellationToken), texts);
        return QandACard.Render(board, view is null ? context : view with { Heading = context.Heading, Panellists = context.Panellists, ChairMris = context.ChairMris, Texts = texts });
    }

    /// <summary>An empty view for one person, to fill in with what they see (their upvotes, a notice), in their language.</summary>
    public static QandACardContext For(QuestionVoter? viewer, bool chairView, Texts? texts = null) =>
        new("", [], []) { Viewer = viewer, ChairView = chairView, ViewerTexts = texts };

    public string HeadingOf(AgendaPosition position, string? language = null) =>
        programme.Contains(position) ? programme.In(language).Heading(position) : PositionKey.Of(position);

    private QandACardContext ContextOf(AgendaPosition position, IReadOnlyList<string> chairs, Texts texts)
    {
        var panel = programme.Contains(position) ? programme.PanelAt(position) : null;
        return new QandACardContext(HeadingOf(position, texts.Language), [.. panel?.Panellists.Select(p => p.Name) ?? []], chairs) { Texts = texts };
    }
}
