using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Protocol.Graph;

/// <summary>The "Graph" configuration section: where Microsoft Graph is (sovereign clouds, tests) and how often to retry.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>Graph's base URL including its version segment; the token scope is this host's "/.default".</summary>
    [Required]
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Retries of a throttled (429) or unavailable (503, 504) call, each after the Retry-After Graph sent.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Seconds to wait before a retry when Graph sent no Retry-After (doubled each time).</summary>
    [Range(0, 180)]
    public int RetryDelaySeconds { get; set; } = 3;

    /// <summary>A transcript larger than this is not read (the report says so).</summary>
    [Range(1, 1024)]
    public int MaxTranscriptMegabytes { get; set; } = 64;

    /// <summary>https://graph.microsoft.com/.default for the default base URL.</summary>
    public string Scope => new Uri(BaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";
}
