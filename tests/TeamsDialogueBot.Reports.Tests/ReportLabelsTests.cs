using System.Text;
using System.Text.RegularExpressions;
using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Tests.Support;

namespace TeamsDialogueBot.Reports.Tests;

/// <summary>A translation (issue 14) replaces every text the writers print: none of the English defaults is left.</summary>
public sealed partial class ReportLabelsTests
{
    [Fact]
    public void Every_printed_label_comes_from_the_labels_so_a_translation_replaces_all_of_them()
    {
        var model = Samples.English();
        var properties = typeof(ReportLabels).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite).ToList();
        var translated = new ReportLabels();
        string Marker(string name) => $"⟦{properties.FindIndex(p => p.Name == name)}⟧";
        foreach (var property in properties)
        {
            // Keep a format's placeholders, replace its words with a marker that holds no English.
            var english = (string)property.GetValue(ReportLabels.English)!;
            property.SetValue(translated, Marker(property.Name) + string.Concat(Placeholder().Matches(english).Select(m => m.Value)));
        }

        using var docx = new DocxReader(DocxReport.Write(model, translated));
        var csv = string.Join("\n", CsvReport.Write(model, translated).Select(f => Encoding.UTF8.GetString(f.Content.Span)));
        var printed = docx.AllText + "\n" + csv;
        var data = Encoding.UTF8.GetString(ReportJson.Write(model));

        foreach (var property in properties)
        {
            var english = Placeholder().Replace((string)property.GetValue(ReportLabels.English)!, string.Empty).Trim(' ', '.', ':', '(', ')', '·');
            if (english.Length >= 5 && !data.Contains(english, StringComparison.Ordinal))
            {
                Assert.False(printed.Contains(english, StringComparison.Ordinal), $"'{english}' ({property.Name}) is printed although the labels were translated: …{printed[Math.Max(0, printed.IndexOf(english, StringComparison.Ordinal) - 80)..Math.Min(printed.Length, printed.IndexOf(english, StringComparison.Ordinal) + 40)]}…");
            }
        }

        foreach (var name in new[] { "DocumentKind", "Programme", "Interventions", "Speaker", "Room", "Remote", "Anonymous", "SingleChoice", "Questions", "Inputs", "ChairActions", "FieldFormat", "OnlineAttendanceFormat" })
        {
            Assert.Contains(Marker(name), printed, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\{\d\}")]
    private static partial Regex Placeholder();
}
