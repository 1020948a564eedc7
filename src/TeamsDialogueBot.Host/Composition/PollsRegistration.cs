using TeamsDialogueBot.Bot.Outbox;
using TeamsDialogueBot.Bot.Polls;
using TeamsDialogueBot.Bot.Routing;
using TeamsDialogueBot.Domain.Polls;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>Wires polls: the store, the vote path, the debounced card refresher and the feature.</summary>
public static class PollsRegistration
{
    public static IServiceCollection AddPolls(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PollsOptions>().BindConfiguration(PollsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (configuration.UsesPostgres())
        {
            services.AddSingleton<IPollStore, PostgresPollStore>();
        }
        else
        {
            services.AddSingleton<IPollStore, SqlitePollStore>();
        }

        services.AddSingleton<PollSecret>();
        services.AddSingleton<PollTallies>();
        services.AddSingleton<PollVoting>();
        services.AddSingleton<PollService>();
        services.AddSingleton<ICardSlot, PollSlot>();
        services.AddSingleton<ICardSlot, PollResultsSlot>();
        services.AddSingleton<IFeature, PollsFeature>();
        return services;
    }
}
