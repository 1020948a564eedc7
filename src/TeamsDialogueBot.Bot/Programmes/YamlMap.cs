using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TeamsDialogueBot.Bot.Programmes;

/// <summary>
/// A YAML mapping read strictly: keys outside the allowed set are errors (a typo like
/// <c>tittle</c> must not silently drop a field), and every error carries the node's position.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly string what;
    private readonly string source;

    public YamlMap(YamlNode node, string what, string source, IReadOnlyList<string> allowedKeys)
    {
        this.what = what;
        this.source = source;
        if (node is not YamlMappingNode mapping)
        {
            throw Error(source, node, $"{what} must be a mapping of keys to values");
        }

        this.node = mapping;
        foreach (var key in mapping.Children.Keys)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : string.Empty;
            if (!allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                throw Error(source, key, $"unknown key '{name}' in {what}{Suggestion(name, allowedKeys)}; allowed keys: {string.Join(", ", allowedKeys)}");
            }
        }
    }

    public YamlNode Node => node;

    public static ProgrammeException Error(string source, YamlNode node, string problem) =>
        Error(source, node.Start, problem);

    public static ProgrammeException Error(string source, Mark mark, string problem, Exception? inner = null) =>
        new(source, checked((int)mark.Line), checked((int)mark.Column), problem, inner);

    public YamlNode? Get(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string RequiredString(string key) =>
        String(key) ?? throw Error(source, node, $"{what} is missing the required key '{key}'");

    /// <summary>The trimmed scalar, or null when the key is absent; an empty value is an error.</summary>
    public string? String(string key)
    {
        var value = Get(key);
        if (value is null)
        {
            return null;
        }

        if (value is not YamlScalarNode scalar)
        {
            throw Error(source, value, $"'{key}' in {what} must be a single value, not a list or mapping");
        }

        var text = (scalar.Value ?? string.Empty).Trim();
        return text.Length == 0 ? throw Error(source, value, $"'{key}' in {what} must not be empty") : text;
    }

    public YamlSequenceNode RequiredSequence(string key) =>
        Sequence(key) ?? throw Error(source, node, $"{what} is missing the required key '{key}'");

    public YamlSequenceNode? Sequence(string key)
    {
        var value = Get(key);
        return value switch
        {
            null => null,
            YamlSequenceNode sequence => sequence,
            _ => throw Error(source, value, $"'{key}' in {what} must be a list (lines starting with '- ')"),
        };
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var sequence = Sequence(key);
        if (sequence is null)
        {
            return [];
        }

        var result = new List<string>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            var text = child is YamlScalarNode scalar ? (scalar.Value ?? string.Empty).Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                throw Error(source, child, $"each entry of '{key}' in {what} must be non-empty text");
            }

            result.Add(text);
        }

        return result;
    }

    private static string Suggestion(string name, IReadOnlyList<string> allowedKeys)
    {
        var best = allowedKeys
            .Select(k => (Key: k, Distance: EditDistance(name, k)))
            .OrderBy(p => p.Distance)
            .First();
        return best.Distance <= 2 ? $" (did you mean '{best.Key}'?)" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
