using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Reports.Json;

/// <summary>report.json: the whole model under a schema version, as documented in docs/report-format.md.</summary>
public static class ReportJson
{
    /// <summary>Raised when a field is renamed, removed or changes meaning; adding a field keeps it.</summary>
    public const int SchemaVersion = 1;

    public const string ContentType = "application/json; charset=utf-8";

    // Arabic, Chinese and Cyrillic stay readable in the file instead of becoming \uXXXX escapes; the
    // characters HTML gives meaning to (<, >, &, ', ") are still escaped.
    private static readonly ReportJsonContext s_context = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static byte[] Write(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return JsonSerializer.SerializeToUtf8Bytes(new ReportJsonDocument(SchemaVersion, model), s_context.ReportJsonDocument);
    }

    /// <summary>Reads a report.json back; a file of another schema version is refused rather than half read.</summary>
    /// <exception cref="JsonException">The JSON is malformed, misses a required field, or has another schema version.</exception>
    public static ReportModel Read(ReadOnlySpan<byte> json)
    {
        var document = JsonSerializer.Deserialize(json, s_context.ReportJsonDocument)
            ?? throw new JsonException("report.json is null.");
        if (document.SchemaVersion != SchemaVersion)
        {
            throw new JsonException($"report.json has schema version {document.SchemaVersion}; this reader knows version {SchemaVersion}.");
        }

        return document.Report ?? throw new JsonException("report.json has no report.");
    }
}
