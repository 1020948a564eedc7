using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Sqlite;

/// <summary><see cref="ReportLinksContract"/> on SQLite.</summary>
public sealed class SqliteReportLinksTests : ReportLinksContract
{
    protected override async Task<TestDatabase> OpenAsync() => await SqliteTestDatabase.CreateAsync();
}
