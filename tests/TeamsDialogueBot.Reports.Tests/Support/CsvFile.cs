using CsvHelper;

namespace TeamsDialogueBot.Reports.Tests.Support;

/// <summary>A written CSV file parsed back with CsvHelper's reader, as a spreadsheet import would.</summary>
public sealed record CsvFile(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static CsvFile Parse(ReadOnlyMemory<byte> bytes)
    {
        // The separator is fixed: CsvHelper would otherwise guess it from the first lines.
        using var reader = CsvReader.Create(bytes.ToArray(), CsvReaderOptions.Default with { Separator = ',', HasHeader = false, SkipEmptyLines = false });
        var records = new List<IReadOnlyList<string>>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return new CsvFile(records[0], records.Skip(1).ToList());
    }

    public IReadOnlyList<string> Column(string name)
    {
        var index = Header.ToList().IndexOf(name);
        Assert.True(index >= 0, $"no column '{name}' in [{string.Join(", ", Header)}]");
        return [.. Rows.Select(r => r[index])];
    }

    public string Cell(IReadOnlyList<string> row, string column) => row[Header.ToList().IndexOf(column)];
}
