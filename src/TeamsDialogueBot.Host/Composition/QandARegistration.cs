using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.QandA;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.QandA;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires panel Q&amp;A: its store, the feature, its buttons, its card slot, the agenda observer and the report's read API.</summary>
public static class QandARegistration
{
    public static IServiceCollection AddQandA(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.UsesPostgres())
        {
            services.AddSingleton<IQuestionBoardStore, PostgresQuestionBoardStore>();
        }
        else
        {
            services.AddSingleton<IQuestionBoardStore, SqliteQuestionBoardStore>();
        }

        services.AddSingleton<QuestionVoters>();
        services.AddSingleton<QandAService>();
        services.AddSingleton<QandAViews>();
        services.AddSingleton<QandAButtons>();
        services.AddSingleton<QandAReport>();
        services.AddSingleton<Bot.Reports.IReportContributor, QandAReportContributor>();
        services.AddSingleton<ICardSlot, QandASlot>();
        services.AddSingleton<IFeature, QandAFeature>();
        services.AddSingleton<IAgendaObserver, QandAAgendaObserver>();
        return services;
    }
}
