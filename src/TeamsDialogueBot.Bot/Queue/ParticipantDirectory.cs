using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Chairs;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>
/// Who the caller is on the speakers' list: their remembered profile, or a remote participant of group
/// "other" under their Teams name. Also remembers the MRIs of confirmed co-chairs, for the card's refresh.
/// </summary>
public sealed class ParticipantDirectory(IParticipantProfileStore profiles, IChairResolver chairs)
{
    private readonly ConcurrentDictionary<(string Conversation, string Mri), bool> _knownChairs = new();

    public static ParticipantId IdOf(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new ParticipantId(turn.UserKey);
    }

    /// <summary>The caller as a speaker; the first contact stores a default profile with their MRI.</summary>
    public async Task<Speaker> SpeakerOfAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = IdOf(turn);
        var profile = await profiles.FindAsync(turn.ConversationId, id, cancellationToken);
        if (profile is not null)
        {
            return profile;
        }

        var fresh = new Speaker(id, turn.UserName, null, StakeholderGroups.Other, SpeakerChannel.Remote);
        await profiles.SaveAsync(turn.ConversationId, fresh, MriOf(turn), cancellationToken);
        return fresh;
    }

    public Task SaveProfileAsync(Turn turn, Speaker profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return profiles.SaveAsync(turn.ConversationId, profile, MriOf(turn), cancellationToken);
    }

    public Task<string?> MriOfAsync(string conversationId, ParticipantId participant, CancellationToken cancellationToken) =>
        participant.IsTypedName ? Task.FromResult<string?>(null) : profiles.FindMriAsync(conversationId, participant, cancellationToken);

    /// <summary>Asks the chair resolver; a confirmed chair's MRI is stored so the card refreshes to their controls.</summary>
    public async Task<bool> IsChairAsync(Turn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!await chairs.IsChairAsync(turn, cancellationToken))
        {
            return false;
        }

        if (MriOf(turn) is { } mri && _knownChairs.TryAdd((turn.ConversationId, mri), true))
        {
            await profiles.RememberChairAsync(turn.ConversationId, mri, cancellationToken);
        }

        return true;
    }

    public static Actor ActorOf(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new Actor(turn.UserKey, turn.UserName);
    }

    private static string? MriOf(Turn turn) => string.IsNullOrEmpty(turn.UserId) ? null : turn.UserId;
}
