using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Domain.Programme;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Conformance.Tests.Cards;

/// <summary>The form the speakers' list's "Who I speak for" button shows: for someone known, and for a newcomer with no organisation yet.</summary>
public sealed class ProfileCardSamples : ICardSamples
{
    private const int TourDeTable = 3;

    public IEnumerable<CardSample> Samples =>
    [
        new("profile-form", ProfileCard.Render(
            new Speaker(new ParticipantId("aad-amira"), "Amira Haddad", "Migrant Rights Network", "NGO", SpeakerChannel.Remote), StakeholderGroups.Default, AgendaPosition.Item(TourDeTable))),
        new("profile-form-new-participant", ProfileCard.Render(
            new Speaker(new ParticipantId("aad-new"), "Dr. Chen Wei", null, StakeholderGroups.Other, SpeakerChannel.Room), StakeholderGroups.Default, AgendaPosition.Item(TourDeTable))),
    ];
}
