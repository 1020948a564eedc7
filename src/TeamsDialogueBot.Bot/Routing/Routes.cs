using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Help;
using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Routing;

/// <summary>A chat command: applied exactly once, in the conversation's order, with the turn's other changes.</summary>
public delegate Task CommandHandler(TurnContext context, CommandText command, CancellationToken cancellationToken);

/// <summary>A card button that changes something: applied exactly once like a command; the result is the presser's view.</summary>
public delegate Task<CardActionResult> CardActionHandler(TurnContext context, ButtonPress action, CancellationToken cancellationToken);

/// <summary>A card button that only reads (a view refreshing itself): answered at once, never claimed, never queued.</summary>
public delegate Task<CardActionResult> QueryHandler(QueryTurn query, ButtonPress action, CancellationToken cancellationToken);

/// <summary>
/// A card button with its own exactly-once write (a vote: the answer and the activity's claim are one statement, so
/// a rush of votes never queues behind the conversation's other turns).
/// </summary>
public delegate Task<CardActionResult> DirectHandler(Turn turn, ButtonPress action, CancellationToken cancellationToken);

/// <summary>A Teams event activity (meeting start/end, participants joining…), applied exactly once.</summary>
public delegate Task EventTurnHandler(TurnContext context, CancellationToken cancellationToken);

public sealed record CommandRoute(string Verb, Access Access, CommandHandler Handler);

/// <summary>
/// The turn a card action really belongs to: for a private form in the bot's 1:1 chat, its meeting (see
/// <see cref="Turn.ActingIn"/>). Null refuses the action (the card is forged or out of date): nothing changes.
/// </summary>
public delegate Task<Turn?> TurnTarget(Turn turn, ButtonPress action, CancellationToken cancellationToken);

public sealed record CardActionRoute(string Verb, Access Access, CardActionHandler Handler)
{
    /// <summary>Where the action acts, when that may be another conversation than where it was pressed.</summary>
    public TurnTarget? Target { get; init; }
}

/// <summary>Something a feature can do, as `help` lists it; declared together with its route.</summary>
public sealed record HelpLine(string Syntax, string Description, Access Access)
{
    public CommandHelp ToCommandHelp() => new(Syntax, Description, Access == Access.Chairs);
}
