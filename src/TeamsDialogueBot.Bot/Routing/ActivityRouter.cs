using TeamsDialogueBot.Bot.Help;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>
/// Which handler takes which activity. Features register their routes once at start-up, each command with its
/// help lines; registering the same command, alias, verb or event twice is a programming error and throws.
/// </summary>
public sealed class ActivityRouter
{
    private readonly Dictionary<string, CommandRoute> _commands = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CardActionRoute> _cardActions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueryHandler> _queries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectHandler> _direct = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventTurnHandler> _events = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<HelpLine> _help = [];

    /// <summary>The answer to a message that is no known command.</summary>
    public CommandHandler? UnknownCommand { get; private set; }

    public IReadOnlyCollection<string> Commands => _commands.Keys;

    /// <summary>Every help line, in registration order.</summary>
    public IEnumerable<CommandHelp> Help => _help.Select(h => h.ToCommandHelp());

    /// <summary>A command under <paramref name="verbs"/> (the first is its name), documented by <paramref name="help"/>.</summary>
    public void OnCommand(string[] verbs, Access access, HelpLine[] help, CommandHandler handler)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(help);
        ArgumentNullException.ThrowIfNull(handler);
        var route = new CommandRoute(verbs[0], access, handler);
        foreach (var verb in verbs)
        {
            if (!_commands.TryAdd(verb, route))
            {
                throw new InvalidOperationException($"The command '{verb}' is routed twice.");
            }
        }

        _help.AddRange(help);
    }

    public void OnUnknownCommand(CommandHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (UnknownCommand is not null)
        {
            throw new InvalidOperationException("The unknown-command route is registered twice.");
        }

        UnknownCommand = handler;
    }

    public void OnCardAction(string verb, Access access, CardActionHandler handler) =>
        AddVerb(verb, () => _cardActions.Add(verb, new CardActionRoute(verb, access, handler ?? throw new ArgumentNullException(nameof(handler)))));

    /// <summary>A card action that may act on another conversation than the one it was pressed in (<paramref name="target"/> says which).</summary>
    public void OnCardAction(string verb, Access access, CardActionHandler handler, TurnTarget target) =>
        AddVerb(verb, () => _cardActions.Add(verb, new CardActionRoute(verb, access, handler ?? throw new ArgumentNullException(nameof(handler)))
        {
            Target = target ?? throw new ArgumentNullException(nameof(target)),
        }));

    public void OnQuery(string verb, QueryHandler handler) =>
        AddVerb(verb, () => _queries.Add(verb, handler ?? throw new ArgumentNullException(nameof(handler))));

    public void OnDirectCardAction(string verb, DirectHandler handler) =>
        AddVerb(verb, () => _direct.Add(verb, handler ?? throw new ArgumentNullException(nameof(handler))));

    public void OnEvent(string name, EventTurnHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (!_events.TryAdd(name, handler))
        {
            throw new InvalidOperationException($"The event '{name}' is routed twice.");
        }
    }

    public CommandRoute? FindCommand(string verb) => _commands.GetValueOrDefault(verb);

    public CardActionRoute? FindCardAction(string verb) => _cardActions.GetValueOrDefault(verb);

    public QueryHandler? FindQuery(string verb) => _queries.GetValueOrDefault(verb);

    public DirectHandler? FindDirect(string verb) => _direct.GetValueOrDefault(verb);

    public EventTurnHandler? FindEvent(string name) => _events.GetValueOrDefault(name);

    private void AddVerb(string verb, Action add)
    {
        if (_cardActions.ContainsKey(verb) || _queries.ContainsKey(verb) || _direct.ContainsKey(verb))
        {
            throw new InvalidOperationException($"The card action '{verb}' is routed twice.");
        }

        add();
    }
}
