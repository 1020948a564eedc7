namespace TeamsDialogueBot.Cards;

public sealed record Image(string Url) : CardElement
{
    public string? AltText { get; init; }
    public ImageSize? Size { get; init; }

    /// <summary>"&lt;n&gt;px"; overrides <see cref="Size"/>.</summary>
    public string? Width { get; init; }

    /// <summary>"auto", "stretch" or "&lt;n&gt;px".</summary>
    public string? Height { get; init; }
}
