using TeamsDialogueBot.Bot.Agenda;
using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Queue;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Queue;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires the speakers' list: its stores, the feature, its buttons and the agenda observer.</summary>
public static class QueueRegistration
{
    public static IServiceCollection AddSpeakersList(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.UsesPostgres())
        {
            services.AddSingleton<ISpeakersListStore, PostgresSpeakersListStore>();
            services.AddSingleton<IParticipantProfileStore, PostgresParticipantProfileStore>();
        }
        else
        {
            services.AddSingleton<ISpeakersListStore, SqliteSpeakersListStore>();
            services.AddSingleton<IParticipantProfileStore, SqliteParticipantProfileStore>();
        }

        services.AddSingleton<SpeakersListService>();
        services.AddSingleton<QueueViews>();
        services.AddSingleton<QueueButtons>();
        services.AddSingleton<ICardSlot, QueueSlot>();
        services.AddSingleton<IFeature, QueueFeature>();
        services.AddSingleton<IAgendaObserver, QueueAgendaObserver>();
        return services;
    }
}
