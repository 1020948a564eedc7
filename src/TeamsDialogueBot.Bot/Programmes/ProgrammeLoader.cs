using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using ProgrammeModel = TeamsDialogueBot.Domain.Programme.Programme;

// Not "…Bot.Programme" like the folder: a namespace of that name would shadow the Domain's
// Programme type for every file in TeamsDialogueBot.Bot.* (CS0118).
namespace TeamsDialogueBot.Bot.Programmes;

/// <summary>
/// Loads a programme from its YAML file (format: docs/programme-format.md). The seed event's
/// programme is embedded and is the default when no file is configured.
/// </summary>
public static partial class ProgrammeLoader
{
    public const string BuiltInName = "seed-programme.yaml";
    private const string BuiltInResource = "TeamsDialogueBot.Bot.Programmes.seed-programme.yaml";

    private static readonly Lazy<ProgrammeModel> BuiltIn = new(ReadBuiltIn);

    /// <summary>The built-in seed programme (parsed once; the model is immutable).</summary>
    public static ProgrammeModel LoadBuiltIn() => BuiltIn.Value;

    public static ProgrammeModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ProgrammeException($"{path}: the programme file can't be read: {ex.Message}", ex);
        }

        return Parse(yaml, path);
    }

    /// <param name="yaml">The file's text.</param>
    /// <param name="sourceName">How error messages name the file (usually its path).</param>
    public static ProgrammeModel Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var problem = PositionPrefix().Replace(ex.Message, string.Empty);
            throw YamlMap.Error(sourceName, ex.Start, $"YAML syntax error: {problem}", ex);
        }

        if (stream.Documents.Count == 0)
        {
            throw new ProgrammeException(sourceName, 1, 1, "the file is empty");
        }

        if (stream.Documents.Count > 1)
        {
            throw YamlMap.Error(sourceName, stream.Documents[1].RootNode, "the file holds more than one YAML document ('---'); a programme is one document");
        }

        return new ProgrammeReader(sourceName).Read(stream.Documents[0].RootNode);
    }

    private static ProgrammeModel ReadBuiltIn()
    {
        using var resource = typeof(ProgrammeLoader).Assembly.GetManifestResourceStream(BuiltInResource)
            ?? throw new InvalidOperationException($"The embedded resource {BuiltInResource} is missing from the build.");
        using var reader = new StreamReader(resource);
        return Parse(reader.ReadToEnd(), BuiltInName);
    }

    // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; we print the position ourselves.
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
