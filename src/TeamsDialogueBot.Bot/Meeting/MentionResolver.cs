using System.Collections.Concurrent;
using TeamsDialogueBot.Bot.Caching;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Before a `q+`, `ack`, `skip`, `move` or `remove` naming someone by @mention queues, finds who the mention is: the mention entity gives the MRI
/// only, the speakers' list keys Teams users by Entra object id. Asked in turn: this process's cache, the meeting roster
/// and profiles (join events and `q+` stored both ids), then Teams (GET members/{mri}). The answer goes into
/// <see cref="Turn.Resolved"/> for <see cref="MentionedParticipants"/>. Remembered in the conversation's cache, which
/// retention's purge forgets with the rest.
/// </summary>
public sealed class MentionResolver(IMeetingRosterStore roster, IConnectorClient connector, ConversationCache cache) : ITurnPreparer
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "q+", "hand", "ack", "call", "skip", "move", "remove" };

    public async Task PrepareAsync(Turn turn, TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Command is not { } command || !Verbs.Contains(command.Verb))
        {
            return;
        }

        foreach (var mention in MentionedParticipants.All(turn.Activity).Take(3))
        {
            if (await IdOfAsync(turn, mention.Mri, cancellationToken) is { } id)
            {
                turn.Resolved[MentionedParticipants.ResolvedPrefix + mention.Mri] = id;
            }
        }
    }

    private async Task<string?> IdOfAsync(Turn turn, string mri, CancellationToken cancellationToken)
    {
        var known = cache.Area(turn.ConversationId, "mentions", () => new ConcurrentDictionary<string, string>(StringComparer.Ordinal));
        if (known.TryGetValue(mri, out var remembered))
        {
            return remembered;
        }

        var id = (await roster.FindByMriAsync(turn.ConversationId, mri, cancellationToken))?.Value;
        if (id is null)
        {
            try
            {
                id = (await connector.GetMemberAsync(turn.Reference.ServiceUrl, turn.ConversationId, mri, cancellationToken))?.AadObjectId;
            }
            catch (ConnectorException)
            {
                // Not a member, or Teams is down: the mention keeps her MRI (see MentionedParticipants).
                return null;
            }
        }

        // Bounded like the conversation's other areas: a chat mentions a few hundred people at most.
        if (id is { Length: > 0 } && known.Count < 2_000)
        {
            known[mri] = id;
        }

        return id;
    }
}
