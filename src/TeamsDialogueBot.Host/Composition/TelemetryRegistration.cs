using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TeamsDialogueBot.Bot.Diagnostics;
using TeamsDialogueBot.Protocol.Outbound;

namespace TeamsDialogueBot.Host.Composition;

/// <summary>
/// Traces and metrics with OpenTelemetry: exported with OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, and to Azure
/// Monitor when APPLICATIONINSIGHTS_CONNECTION_STRING is (infra/main.bicep sets it). With neither, nothing listens:
/// the instruments then cost next to nothing on the hot paths.
/// </summary>
public static class TelemetryRegistration
{
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ApplicationInsights = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BotTelemetry>();
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpoint]);
        var azure = !string.IsNullOrWhiteSpace(builder.Configuration[ApplicationInsights]);
        if (!otlp && !azure)
        {
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("TeamsDialogueBot"))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, ConnectorTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation());
        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        if (azure)
        {
            telemetry.UseAzureMonitor(o => o.ConnectionString = builder.Configuration[ApplicationInsights]);
        }

        return builder;
    }
}
