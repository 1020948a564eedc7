using TeamsDialogueBot.Bot.Localization;
using TeamsDialogueBot.Domain.Dialogues;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Domain.Floor;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Floor;

/// <summary>Reads a dialogue's state from the stores and turns it into a <see cref="PhoneSnapshot"/>.</summary>
public sealed class PhoneSnapshots(
    Programme programme, IDialogueStore dialogues, ISpeakersListStore lists, TimeProvider time, DialogueLanguage? languages = null)
{
    /// <summary>The dialogue's language (issue 14): the chairs' choice, else <c>Dialogue:Language</c>, else the programme's.</summary>
    public async Task<string> LanguageAsync(string conversationId, CancellationToken cancellationToken)
    {
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        return LanguageOf(dialogue);
    }

    public async Task<PhoneSnapshot> LoadAsync(FloorLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var now = time.GetUtcNow();
        var dialogue = await dialogues.FindAsync(link.ConversationId, cancellationToken);
        var position = dialogue?.PositionIn(programme) ?? programme.Positions[0];
        var list = await lists.FindAsync(link.ConversationId, position, cancellationToken);
        // The item's title in the dialogue's language where the programme translates it, as the room display shows it.
        return PhoneSnapshotBuilder.Build(programme.In(LanguageOf(dialogue)), position, list, link, now);
    }

    private string LanguageOf(Dialogue? dialogue) =>
        languages?.Of(dialogue) ?? dialogue?.Language ?? UnLanguages.Normalise(programme.Language) ?? UnLanguages.English;

    /// <summary>The stakeholder groups the first-visit form offers: the current list's.</summary>
    public async Task<IReadOnlyList<string>> GroupsAsync(string conversationId, CancellationToken cancellationToken)
    {
        var dialogue = await dialogues.FindAsync(conversationId, cancellationToken);
        var position = dialogue?.PositionIn(programme) ?? programme.Positions[0];
        return (await lists.FindAsync(conversationId, position, cancellationToken))?.Groups ?? StakeholderGroups.Default;
    }
}
