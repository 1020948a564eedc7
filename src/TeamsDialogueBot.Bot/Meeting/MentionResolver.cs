using Microsoft.Extensions.Caching.Memory;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Bot.Turns;
using TeamsDialogueBot.Domain.Meetings;
using TeamsDialogueBot.Protocol.Connector;

namespace TeamsDialogueBot.Bot.Meeting;

/// <summary>
/// Before a `q+`/`ack` naming someone by @mention queues, finds who the mention is: the mention entity gives the MRI
/// only, the speakers' list keys Teams users by Entra object id. Asked in turn: this process's cache, the meeting roster
/// and profiles (join events and `q+` stored both ids), then Teams (GET members/{mri}). The answer goes into
/// <see cref="Turn.Resolved"/> for <see cref="MentionedParticipants"/>.
/// </summary>
public sealed class MentionResolver(IMeetingRosterStore roster, IConnectorClient connector, IMemoryCache cache) : ITurnPreparer
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase) { "q+", "hand", "ack", "call" };
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

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
        var key = ("mention", turn.ConversationId, mri);
        if (cache.TryGetValue(key, out string? known) && known is not null)
        {
            return known;
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

        if (id is { Length: > 0 })
        {
            cache.Set(key, id, new MemoryCacheEntryOptions { SlidingExpiration = KeepFor, Size = 1 });
        }

        return id;
    }
}
