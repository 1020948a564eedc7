using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TeamsDialogueBot.Protocol.Authentication;

/// <summary>The Connector's signing keys by <c>kid</c>, as fetched at one moment.</summary>
internal sealed record SigningKeySnapshot(DateTimeOffset FetchedAt, IReadOnlyDictionary<string, EndorsedSigningKey> KeysById)
{
    public static SigningKeySnapshot From(OpenIdConnectConfiguration configuration, DateTimeOffset fetchedAt)
    {
        var keys = new Dictionary<string, EndorsedSigningKey>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            var isSigningKey = key.Use is null || key.Use == JsonWebKeyUseNames.Sig;
            if (isSigningKey && key.Kty == JsonWebAlgorithmsKeyTypes.RSA && !string.IsNullOrEmpty(key.Kid))
            {
                keys.TryAdd(key.Kid, new EndorsedSigningKey(key, ReadEndorsements(key)));
            }
        }

        return new SigningKeySnapshot(fetchedAt, keys);
    }

    // "endorsements" is a Bot Framework extension of the JWK (next to kid/n/e), so IdentityModel
    // keeps it in AdditionalData in whatever shape its reader produced.
    private static HashSet<string> ReadEndorsements(JsonWebKey key)
    {
        var endorsements = new HashSet<string>(StringComparer.Ordinal);
        if (!key.AdditionalData.TryGetValue("endorsements", out var raw) || raw is null)
        {
            return endorsements;
        }

        switch (raw)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        endorsements.Add(item.GetString()!);
                    }
                }

                break;
            case string single:
                endorsements.Add(single);
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    if (item?.ToString() is { Length: > 0 } text)
                    {
                        endorsements.Add(text);
                    }
                }

                break;
        }

        return endorsements;
    }
}
