using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.QandA;

/// <summary>The card slots of the Q&amp;A: "qa/{position}" ("qa/2.1" for panel III.1), one card kept up to date per position.</summary>
public static class QandASlots
{
    public const string Kind = "qa";

    public static string Of(AgendaPosition position) => Kind + "/" + PositionKey.Of(position);
}
