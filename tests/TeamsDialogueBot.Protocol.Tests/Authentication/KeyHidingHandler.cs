using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace TeamsDialogueBot.Protocol.Tests.Authentication;

/// <summary>
/// Sits between the authenticator and the loopback OpenID server and drops hidden kids from the
/// JWKS it returns: a key rotation that retires a key, which the server itself cannot do.
/// </summary>
internal sealed class KeyHidingHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, bool> hidden = new(StringComparer.Ordinal);

    public KeyHidingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    public void Retire(string kid) => hidden[kid] = true;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (hidden.IsEmpty || request.RequestUri?.AbsolutePath.EndsWith("/keys", StringComparison.Ordinal) != true)
        {
            return response;
        }

        var jwks = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        var keys = jwks["keys"]!.AsArray();
        foreach (var key in keys.Where(k => hidden.ContainsKey((string)k!["kid"]!)).ToList())
        {
            keys.Remove(key);
        }

        response.Content.Dispose();
        response.Content = new StringContent(jwks.ToJsonString(), Encoding.UTF8, "application/json");
        return response;
    }
}
