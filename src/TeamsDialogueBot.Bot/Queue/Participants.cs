using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Queue;

namespace TeamsDialogueBot.Bot.Queue;

/// <summary>Who the caller is on the speakers' list: their profile as they set it, else a remote participant of group "other".</summary>
public static class Participants
{
    public static ParticipantId IdOf(Turn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return new ParticipantId(turn.UserKey);
    }

    /// <summary>The caller as a speaker, and whether that profile is stored yet.</summary>
    public static async ValueTask<(Speaker Speaker, bool Stored)> SpeakerOfAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = IdOf(context.Turn);
        return await context.Session.ProfileAsync(id, cancellationToken) is { } profile
            ? (profile, true)
            : (new Speaker(id, SpeakerLimits.FitName(context.UserName), null, StakeholderGroups.Other, SpeakerChannel.Remote), false);
    }

    /// <summary>Stores the caller's profile with their MRI, which @mentions and 1:1 heads-ups need.</summary>
    public static void Remember(TurnContext context, Speaker profile)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Session.SaveProfile(profile, context.Turn.UserId.Length == 0 ? null : context.Turn.UserId);
    }
}
