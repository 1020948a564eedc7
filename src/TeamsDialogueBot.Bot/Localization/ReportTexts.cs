using System.Reflection;
using TeamsDialogueBot.Domain.Languages;
using TeamsDialogueBot.Reports;

namespace TeamsDialogueBot.Bot.Localization;

/// <summary>
/// The report's labels in a language: every text property of <see cref="ReportLabels"/> read from the resource
/// "Report.{property}". The Reports project knows nothing of resources (it depends on nothing of ours); this is where
/// its labels meet them. English stays <see cref="ReportLabels.English"/> itself, the labels the writers were built on.
/// </summary>
public static class ReportTexts
{
    public const string KeyPrefix = "Report.";

    private static readonly PropertyInfo[] Labels = typeof(ReportLabels)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(string) && p.CanWrite)
        .ToArray();

    /// <summary>The names of the labels, for the test that every one has its resource.</summary>
    public static IEnumerable<string> Keys => Labels.Select(p => KeyPrefix + p.Name);

    public static ReportLabels LabelsFor(Texts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Language == UnLanguages.English && texts.Find(KeyPrefix + nameof(ReportLabels.DocumentKind)) == ReportLabels.English.DocumentKind)
        {
            return ReportLabels.English;
        }

        var labels = ReportLabels.English with { };
        foreach (var property in Labels)
        {
            if (texts.Find(KeyPrefix + property.Name) is { } text)
            {
                // Init-only setters are ordinary setters to reflection: this fills a fresh copy before anyone reads it.
                property.SetValue(labels, text);
            }
        }

        return labels;
    }
}
