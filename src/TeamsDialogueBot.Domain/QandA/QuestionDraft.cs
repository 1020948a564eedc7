namespace TeamsDialogueBot.Domain.QandA;

/// <summary>
/// A question as asked, before the board takes it. <paramref name="AskerName"/> and <paramref name="AskerOrganisation"/>
/// are dropped when <paramref name="Anonymous"/>; <paramref name="AddressedTo"/> is a panellist's name as the programme
/// spells it (see <see cref="Addressees"/>), or null for the whole panel.
/// </summary>
public sealed record QuestionDraft(
    string Text,
    QuestionVoter Asker,
    string AskerName,
    string? AskerOrganisation,
    bool Anonymous,
    string? AddressedTo);
