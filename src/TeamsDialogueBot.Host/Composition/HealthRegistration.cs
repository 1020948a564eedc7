using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TeamsDialogueBot.Host.Health;
using TeamsDialogueBot.Storage;
using TeamsDialogueBot.Storage.Postgres;
using TeamsDialogueBot.Storage.Sqlite;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// /alive: the process serves HTTP (always 200; for a liveness probe that restarts a hung process).
/// /healthz: every readiness check passes (the database within 2 s; App Service's health check path, which takes an
/// instance out of rotation when it fails). A check added with <see cref="AddReadinessCheck{T}"/> joins /healthz.
/// </summary>
public static class HealthRegistration
{
    /// <summary>The tag of the checks /healthz runs.</summary>
    public const string ReadinessTag = "ready";

    public static WebApplicationBuilder AddHealth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton<IDatabaseProbe>(sp =>
            (IDatabaseProbe?)sp.GetService<PostgresDatabase>() ?? sp.GetRequiredService<SqliteDatabase>());
        services.AddReadinessCheck<DatabaseHealthCheck>("database");
        services.AddReadinessCheck<OutboxHealthCheck>("outbox");
        return builder;
    }

    /// <summary>
    /// The extension point for more readiness checks, e.g. the outbox's "not stuck" check:
    /// <c>services.AddReadinessCheck&lt;OutboxHealthCheck&gt;("outbox")</c>. Unhealthy makes /healthz answer 503.
    /// </summary>
    public static IHealthChecksBuilder AddReadinessCheck<T>(this IServiceCollection services, string name)
        where T : class, IHealthCheck =>
        services.AddHealthChecks().AddCheck<T>(name, HealthStatus.Unhealthy, [ReadinessTag]);

    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadinessTag) });
        return app;
    }
}
