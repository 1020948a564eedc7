using TeamsDialogueBot.Bot.Inputs;
using TeamsDialogueBot.Bot.Reports;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Inputs;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires inputs on related activities: the store, the feature, its buttons, the report's read and its part of the report.</summary>
public static class InputsRegistration
{
    public static IServiceCollection AddInputs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.UsesPostgres())
        {
            services.AddSingleton<IInputStore, PostgresInputStore>();
        }
        else
        {
            services.AddSingleton<IInputStore, SqliteInputStore>();
        }

        services.AddSingleton<InputService>();
        services.AddSingleton<InputFormLinks>();
        services.AddSingleton<InputButtons>();
        services.AddSingleton<InputChairCommands>();
        services.AddSingleton<IReportContributor, InputsReportContributor>();
        services.AddSingleton<IFeature, InputsFeature>();
        return services;
    }
}
