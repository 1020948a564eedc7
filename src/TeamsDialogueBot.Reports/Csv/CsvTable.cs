using System.Globalization;
using CsvHelper;
using TeamsDialogueBot.Reports.Formatting;

namespace TeamsDialogueBot.Reports.Csv;

/// <summary>
/// One CSV file being written: RFC 4180 (CRLF, quotes only where needed), UTF-8 with a byte order mark so
/// Excel reads the non-Latin names right, and every text cell that starts with <c>= + - @</c>, tab or CR
/// prefixed with <c>'</c> (OWASP's advice on CSV injection) so a spreadsheet shows it instead of running it, and no
/// bidirectional override in any text cell (<see cref="BidiControls"/>).
/// Numbers are written as numbers and never escaped: none of ours is negative.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly CsvWriterOptions s_options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private readonly MemoryStream _stream = new();
    private readonly CsvWriter _writer;

    public CsvTable(params ReadOnlySpan<string> header)
    {
        _writer = CsvWriter.Create(_stream, s_options, leaveOpen: true);
        foreach (var name in header)
        {
            _writer.WriteField(name);
        }

        _writer.EndRecord();
    }

    public CsvTable Text(string? value)
    {
        _writer.WriteField(BidiControls.Strip(value));
        return this;
    }

    public CsvTable Number(long? value)
    {
        _writer.WriteField(value, default);
        return this;
    }

    /// <summary>A fraction or an average, to two decimals.</summary>
    public CsvTable Number(double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            _writer.WriteField(Math.Round(number, 2), default);
        }
        else
        {
            _writer.WriteField((string?)null);
        }

        return this;
    }

    public void EndRow() => _writer.EndRecord();

    public byte[] ToArray()
    {
        _writer.Flush();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
