using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Cards;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Programme;

namespace TeamsDialogueBot.Bot.Agenda;

/// <summary>The agenda card as the dialogue stands when it is posted or updated.</summary>
public sealed class AgendaSlot(Programme programme, IDialogueStore dialogues, DialogueLanguage languages) : ICardSlot
{
    public string Kind => CardSlots.Agenda;

    public async Task<AdaptiveCard?> RenderAsync(string conversationId, string key, CancellationToken cancellationToken)
    {
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        return AgendaCard.Render(programme, dialogue?.PositionIn(programme) ?? programme.Positions[0], languages.Shared(dialogue));
    }
}
