using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Reports;
using TeamsDialogueBot.Host.Reports;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Wires the report: its link store, the model builder (with whatever <see cref="IReportContributor"/>s other features
/// register), the `report` command and the download endpoints.
/// </summary>
public static class ReportsRegistration
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.UsesPostgres())
        {
            services.AddSingleton<IReportLinks, PostgresReportLinks>();
        }
        else
        {
            services.AddSingleton<IReportLinks, SqliteReportLinks>();
        }

        services.AddSingleton<ReportBuilder>();
        services.AddSingleton<ReportLinks>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<ReportDownloads>();
        services.AddSingleton<IFeature, ReportsFeature>();
        return services;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        ReportEndpoints.Map(app);
        return app;
    }
}
