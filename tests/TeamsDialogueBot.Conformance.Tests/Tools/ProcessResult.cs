namespace TeamsDialogueBot.Conformance.Tests.Tools;

/// <summary>What a finished child process said.</summary>
internal sealed record ProcessResult(string Command, int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe() =>
        $"`{Command}` exited {ExitCode}\n--- stdout ---\n{StandardOutput}\n--- stderr ---\n{StandardError}";
}
