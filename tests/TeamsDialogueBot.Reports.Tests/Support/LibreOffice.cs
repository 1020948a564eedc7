using System.Diagnostics;
using System.Text;

namespace TeamsDialogueBot.Reports.Tests.Support;

/// <summary>
/// LibreOffice Writer (Debian's libreoffice-writer) converting a DOCX to plain text, as a reader of the
/// Secretariat's would open it. Missing: the test is skipped with the reason locally and fails under CI=true.
/// </summary>
public static class LibreOffice
{
    // One profile for the test run, used by one conversion at a time: soffice refuses a profile in use.
    private static readonly string s_profile = Path.Combine(Path.GetTempPath(), $"tdb-reports-lo-{Environment.ProcessId}");
    private static readonly Lock s_gate = new();

    static LibreOffice() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        try
        {
            if (Directory.Exists(s_profile))
            {
                Directory.Delete(s_profile, recursive: true);
            }
        }
        catch (IOException)
        {
            // A profile left in the temporary folder is harmless; a test run must not fail on leaving.
        }
    };

    public static string? Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "soffice"))
            .FirstOrDefault(File.Exists);

    public static void RequireInstalled()
    {
        if (Executable is not null)
        {
            return;
        }

        var reason = "soffice is missing (apt-get install -y libreoffice-writer); the LibreOffice conversion tests need it.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException("CI=true: " + reason);
        }

        Skip.If(true, reason);
    }

    /// <summary>`soffice --headless --convert-to txt:Text` of the document, read as UTF-8.</summary>
    public static string ConvertToText(ReadOnlyMemory<byte> docx)
    {
        RequireInstalled();
        var dir = Directory.CreateTempSubdirectory("tdb-report-");
        try
        {
            var input = Path.Combine(dir.FullName, "report.docx");
            File.WriteAllBytes(input, docx.ToArray());
            var start = new ProcessStartInfo(Executable!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = dir.FullName,
            };
            foreach (var arg in new[] { "--headless", "--norestore", $"-env:UserInstallation=file://{s_profile}", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.FullName, input })
            {
                start.ArgumentList.Add(arg);
            }

            lock (s_gate)
            {
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("soffice did not convert the report within 3 minutes.");
                }

                var output = Path.Combine(dir.FullName, "report.txt");
                Assert.True(File.Exists(output), $"soffice wrote no text (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
                return File.ReadAllText(output, Encoding.UTF8);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
