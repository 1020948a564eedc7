using System.ComponentModel.DataAnnotations;

namespace TeamsDialogueBot.Bot.Display;

/// <summary>The "Display" configuration section.</summary>
public sealed class DisplayOptions : IValidatableObject
{
    public const string SectionName = "Display";

    /// <summary>
    /// Where browsers reach this bot, e.g. https://dialogue.example.org. The `display` command answers inside a
    /// Bot Framework turn, whose request comes from the Bot Connector, not from a browser, so the host it was
    /// called on says nothing about the address people can open: the public address has to be configured.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:3978/");

    /// <summary>How long a burst of changes is gathered before the display is pushed one snapshot.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:10", ErrorMessage = "Display:Debounce must be a time span between 00:00:00.001 and 00:00:10.")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>"none" (one instance) or "redis" (several instances share the room displays' live channel).</summary>
    [RegularExpression("(?i)^(none|redis)$", ErrorMessage = "Display:Backplane must be 'none' or 'redis'.")]
    public string Backplane { get; set; } = "none";

    public string? RedisConnectionString { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl is not { IsAbsoluteUri: true } url || url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                $"Display:PublicBaseUrl '{PublicBaseUrl}' must be an absolute http(s) URL, e.g. https://dialogue.example.org/.", [nameof(PublicBaseUrl)]);
        }

        if (Backplane.Equals("redis", StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(RedisConnectionString))
        {
            yield return new ValidationResult("Display:Backplane is redis but Display:RedisConnectionString is not set.", [nameof(RedisConnectionString)]);
        }
    }
}
