namespace TeamsDialogueBot.Domain.Programme;

public enum AgendaItemKind
{
    Opening,
    Briefing,
    Panel,
    TourDeTable,
    Closing,
    Other,
}
