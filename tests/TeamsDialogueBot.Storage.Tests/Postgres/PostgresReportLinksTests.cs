using TeamsDialogueBot.Storage.Tests.Contracts;

namespace TeamsDialogueBot.Storage.Tests.Postgres;

/// <summary><see cref="ReportLinksContract"/> on PostgreSQL.</summary>
public sealed class PostgresReportLinksTests : ReportLinksContract
{
    protected override async Task<TestDatabase> OpenAsync() => await PostgresTestDatabase.CreateAsync();
}
