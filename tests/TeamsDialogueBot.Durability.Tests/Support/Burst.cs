using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace TeamsDialogueBot.Durability.Tests.Support;

/// <summary>
/// Fires activities at the bot with many requests in flight and remembers which were acknowledged (HTTP 200):
/// an acknowledgement is a promise that the change is committed, whatever happens to the process afterwards.
/// </summary>
public static class Burst
{
    public static async Task<BurstResult> SendAsync(
        IReadOnlyList<BurstRequest> requests,
        int inFlight,
        int killAfterAcknowledged = int.MaxValue,
        Action? kill = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var voters = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var requesters = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var unanswered = 0;
        var refused = 0;
        var acknowledged = 0;
        var killed = 0;
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (request, cancellationToken) =>
        {
            HttpStatusCode status;
            try
            {
                using var response = await client.PostAsJsonAsync(request.Target, request.Activity, cancellationToken);
                status = response.StatusCode;
            }
            // A kill can land between the connect and HttpClient reading the socket's remote address; that surfaces
            // as a bare SocketException ("Transport endpoint is not connected") instead of an HttpRequestException.
            // Either way the request was never answered.
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or SocketException or IOException)
            {
                Interlocked.Increment(ref unanswered);
                return;
            }

            if (status != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref refused);
                return;
            }

            (request.IsVote ? voters : requesters)[request.User.AadObjectId] = true;
            if (Interlocked.Increment(ref acknowledged) >= killAfterAcknowledged && kill is not null && Interlocked.Exchange(ref killed, 1) == 0)
            {
                kill();
            }
        });

        return new BurstResult(voters.Keys.ToHashSet(StringComparer.Ordinal), requesters.Keys.ToHashSet(StringComparer.Ordinal), unanswered, refused);
    }
}
