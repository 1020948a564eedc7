using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Routing;

public delegate Task CommandHandler(CommandTurn turn, CancellationToken cancellationToken);

public delegate Task<CardActionResult> CardActionHandler(CardActionTurn turn, CancellationToken cancellationToken);

public delegate Task TurnHandler(Turn turn, CancellationToken cancellationToken);

/// <summary>
/// Which handler takes which activity. Features register their routes once at start-up; registering
/// the same command, alias, verb or event twice is a programming error and throws.
/// </summary>
public sealed class ActivityRouter
{
    private readonly Dictionary<string, CommandHandler> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _selfRecording = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TurnHandler> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TurnHandler> _conversationUpdates = [];

    public IReadOnlyCollection<string> Commands => _commands.Keys;

    public void OnCommand(CommandHandler handler, string verb, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (var name in aliases.Prepend(verb))
        {
            if (!_commands.TryAdd(name, handler))
            {
                throw new InvalidOperationException($"The command '{name}' is routed twice.");
            }
        }
    }

    public void OnCardAction(string verb, CardActionHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_cardActions.TryAdd(verb, handler))
        {
            throw new InvalidOperationException($"The card action '{verb}' is routed twice.");
        }
    }

    /// <summary>
    /// A card action whose handler records its activity as processed itself, in the same write as its change
    /// (see <see cref="Domain.Polls.IPollStore"/>): the turn then skips the separate duplicate check and record.
    /// </summary>
    public void OnSelfRecordingCardAction(string verb, CardActionHandler handler)
    {
        OnCardAction(verb, handler);
        _selfRecording.Add(verb);
    }

    public void OnEvent(string name, TurnHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_events.TryAdd(name, handler))
        {
            throw new InvalidOperationException($"The event '{name}' is routed twice.");
        }
    }

    public void OnConversationUpdate(TurnHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _conversationUpdates.Add(handler);
    }

    public CommandHandler? FindCommand(string verb) => _commands.GetValueOrDefault(verb);

    public CardActionHandler? FindCardAction(string verb) => _cardActions.GetValueOrDefault(verb);

    public bool RecordsItsOwnActivity(string verb) => _selfRecording.Contains(verb);

    public TurnHandler? FindEvent(string name) => _events.GetValueOrDefault(name);

    public IReadOnlyList<TurnHandler> ConversationUpdateHandlers => _conversationUpdates;
}
