using BenchmarkDotNet.Attributes;
using TeamsDialogueBot.Reports;
using TeamsDialogueBot.Reports.Csv;
using TeamsDialogueBot.Reports.Docx;
using TeamsDialogueBot.Reports.Json;
using TeamsDialogueBot.Reports.Model;

namespace TeamsDialogueBot.Benchmarks.Reports;

/// <summary>
/// Issue 12's target: every file of the report of a meeting with 60 interventions, 13 polls of 500 voters,
/// 200 inputs and 100 questions in under 2 s. The tallies are computed before the model is built, so the
/// writers' cost is what is measured; each format is also timed alone to show where the time goes.
/// </summary>
[MemoryDiagnoser]
public class ReportWriting
{
    private ReportModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = LargeMeeting.Create();

    [Benchmark(Baseline = true)]
    public IReadOnlyList<ReportFile> AllFiles() => ReportFiles.Write(_model);

    [Benchmark]
    public byte[] Docx() => DocxReport.Write(_model);

    [Benchmark]
    public IReadOnlyList<ReportFile> Csv() => CsvReport.Write(_model);

    [Benchmark]
    public byte[] Json() => ReportJson.Write(_model);
}
