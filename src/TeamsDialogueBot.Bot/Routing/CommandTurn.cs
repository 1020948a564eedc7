using TeamsDialogueBot.Bot.Commands;
using TeamsDialogueBot.Bot.Turns;

namespace TeamsDialogueBot.Bot.Routing;

public sealed record CommandTurn(Turn Turn, CommandText Command);
